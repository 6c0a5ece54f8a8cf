# kubectl top reads the metrics API that metrics-server fills from the kubelets: a stress tool
# holds the memory it allocates; one that allocates past its limit is OOMKilled and restarted;
# without metrics-server the API is gone.
kubectl top node
kubectl create namespace mem-example
kubectl apply -n mem-example -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: memory-demo
spec:
  containers:
  - name: memory-demo-ctr
    image: polinux/stress
    resources:
      requests: {memory: 100Mi}
      limits: {memory: 200Mi}
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]
---
apiVersion: v1
kind: Pod
metadata:
  name: memory-demo-2
spec:
  containers:
  - name: memory-demo-2-ctr
    image: polinux/stress
    resources:
      requests: {memory: 50Mi}
      limits: {memory: 100Mi}
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"]
---
apiVersion: v1
kind: Pod
metadata:
  name: cpu-demo
spec:
  containers:
  - name: cpu-demo-ctr
    image: vish/stress
    resources:
      limits: {cpu: "1"}
      requests: {cpu: 500m}
    args: ["-cpus", "2"]
EOF
kubectl top pod -n mem-example
kubectl top pod memory-demo -n mem-example
kubeplay wait 40s
kubectl top pod -n mem-example
kubectl get pods -n mem-example
kubectl get pod memory-demo-2 -n mem-example -o jsonpath='{.status.containerStatuses[0].lastState.terminated.reason}{"\n"}'
kubectl top node
kubectl top node --sort-by=cpu --no-headers
kubectl top pod -A --sort-by=memory
kubectl top pod -n kube-system --containers -l k8s-app=kube-dns --sum
kubectl top pod --sort-by=disk
kubectl -n kube-system scale deployment metrics-server --replicas=0
kubeplay wait 10s
kubectl top pod -n mem-example
kubectl -n kube-system delete service metrics-server
kubectl top node
