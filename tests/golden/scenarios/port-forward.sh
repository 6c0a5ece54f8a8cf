# kubectl port-forward: listeners on the learner's machine, a pods/portforward stream to the
# pod's kubelet, each connection dialled to localhost inside the pod. Started with `&` it runs
# as a bash job while curl uses it; a Service's ports are translated to the pod's; a refused
# dial, or the pod going away, ends it with "lost connection to pod".
kubectl create deployment web --image=nginx --replicas=2 --port=80
kubectl expose deployment web --port=8080 --target-port=80
kubectl run solo --image=nginx
kubeplay wait 30s
kubectl port-forward
kubectl port-forward svc/web
kubectl port-forward svc/web 9000:81
kubectl port-forward deploy/web abc
kubectl port-forward deploy/web 80:99999
kubectl port-forward deploy/web 6443:80
kubectl port-forward svc/web 8080 --address 10.1.2.3
kubectl port-forward svc/web 8080 --address nope
kubectl port-forward pod/nope 80
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: pending
spec:
  nodeSelector:
    disk: none
  containers:
  - name: web
    image: nginx
EOF
kubectl port-forward pending 80
timeout 3 kubectl port-forward svc/web 9000:8080
kubectl port-forward svc/web 9000:8080 &
curl -s localhost:9000 | head -4
curl -sS http://127.0.0.1:9000/nope | head -2
jobs
kubectl port-forward deploy/web 9000:80 &
kubectl port-forward solo :81 --address 0.0.0.0 &
jobs
curl -s 127.0.0.1:32768
kill %1
curl localhost:9000
kubectl port-forward solo 7000:80 &
curl -s localhost:7000 | grep title
kubectl delete pod solo
kubeplay wait 5s
jobs
kill %9
fg
kubectl port-forward svc/web 9100:8080 &
fg
jobs
