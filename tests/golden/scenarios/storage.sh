# Storage: the default StorageClass (local-path, WaitForFirstConsumer) and its provisioner; the
# docs' manual PersistentVolume and claim bound by the PersistentVolume controller; the
# StatefulSet tutorial's claims provisioned on the node each pod is scheduled to, with data that
# outlives the pods; a claim in use is kept until its pod is gone (pvc-protection); the
# scheduler's reasons when a claim is missing or cannot bind.
kubectl get storageclass
kubectl get pods -n local-path-storage
kubectl apply -f ../shared/corpus/kubernetes-website-examples/pods/storage/pv-claim.yaml
kubectl describe pvc task-pv-claim
kubectl apply -f ../shared/corpus/kubernetes-website-examples/pods/storage/pv-volume.yaml
kubeplay wait 15s
kubectl get pv,pvc
kubectl apply -f ../shared/corpus/kubernetes-website-examples/application/web/web.yaml
kubectl get pvc
kubeplay wait 30s
kubectl get pods -o wide
kubectl get pvc
kubectl get pv -o custom-columns=NAME:.metadata.name,CLAIM:.spec.claimRef.name,NODE:.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values[0],PATH:.spec.hostPath.path
kubectl describe pvc www-web-0
kubectl exec web-0 -- sh -c 'echo "$(hostname)" > /usr/share/nginx/html/index.html'
kubectl exec web-1 -- sh -c 'echo "$(hostname)" > /usr/share/nginx/html/index.html'
kubectl exec web-1 -- cat /usr/share/nginx/html/index.html
kubectl delete pod -l app=nginx
kubeplay wait 20s
kubectl get pods -o wide
kubectl exec web-0 -- cat /usr/share/nginx/html/index.html
kubectl exec web-1 -- ls /usr/share/nginx/html
kubectl delete pvc www-web-1 --wait=false
kubectl get pvc www-web-1
kubectl describe pvc www-web-1
kubectl apply -f - <<EOF2
apiVersion: v1
kind: Pod
metadata:
  name: lost
spec:
  containers:
  - name: c
    image: busybox:1.36
    command: ["sleep", "3600"]
    volumeMounts:
    - name: d
      mountPath: /data
  volumes:
  - name: d
    persistentVolumeClaim:
      claimName: nosuch
EOF2
kubeplay wait 2s
kubectl describe pod lost
kubectl delete statefulset web
kubeplay wait 30s
kubectl get pvc,pv
