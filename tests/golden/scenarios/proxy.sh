# The apiserver's proxy subresources: it sends the request on to a Service's endpoint, a pod
# or a node's kubelet itself, and hands back the answer.
kubectl create deployment web --image=nginx:1.25 --replicas=2 --port=80
kubectl expose deployment web --port=8080 --target-port=80 --name=web
kubectl run solo --image=nginx:1.25 --port=80
kubeplay wait 20s
kubectl get --raw /api/v1/namespaces/default/services/web/proxy/
kubectl get --raw /api/v1/namespaces/default/services/web:8080/proxy/nope
kubectl get --raw /api/v1/namespaces/default/pods/solo/proxy/
kubectl get --raw /api/v1/namespaces/default/pods/solo:81/proxy/
kubectl get --raw /api/v1/nodes/node01/proxy/healthz
echo
kubectl scale deployment web --replicas=0
kubeplay wait 30s
kubectl get --raw /api/v1/namespaces/default/services/web/proxy/
kubectl get --raw /api/v1/namespaces/default/services/nope/proxy/
