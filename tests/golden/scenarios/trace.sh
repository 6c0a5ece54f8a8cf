# A request from the learner's machine, traced hop by hop: node01's kernel walks kube-proxy's
# rules (the random draws against the statistic ladder), DNATs to a pod, routes it over the
# bridge or flannel's VXLAN overlay, masquerades the source; nginx answers and logs it.
kubectl create deployment web --image=nginx --replicas=3
kubectl apply -f - <<EOF2
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  selector: {app: web}
  ports:
  - port: 80
    nodePort: 30080
EOF2
kubeplay wait 30s
kubectl get pods -o wide
kubeplay trace curl http://node01:30080/
kubeplay trace curl http://node01:30080/
curl http://node01:30080/missing
curl http://node01:30081/
curl -s http://node01:30081/
curl http://nowhere/
curl http://10.96.0.1/
kubectl logs -l app=web --tail=2
kubectl scale deployment web --replicas=0
kubeplay wait 5s
kubeplay trace curl http://node02:30080/
