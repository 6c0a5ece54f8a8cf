# Node memory: a process outside Kubernetes fills node01's memory; below 100Mi available the
# kubelet reports MemoryPressure (the node controller taints the node), evicts pods one per pass
# (BestEffort and over-request first; the ReplicaSet replaces them elsewhere) and frees memory;
# a container that takes more than the node has is killed by the kernel (OOMKilled, SystemOOM).
kubectl create deployment web --image=nginx:1.27 --replicas=4
kubectl apply -f - <<EOF2
apiVersion: v1
kind: Pod
metadata:
  name: guaranteed
spec:
  nodeName: node01
  containers:
  - name: app
    image: nginx:1.27
    resources:
      requests: {cpu: 100m, memory: 64Mi}
      limits: {cpu: 100m, memory: 64Mi}
EOF2
kubeplay wait 20s
kubectl get pods -o wide
kubectl top node
kubeplay node fill-memory node01 3300Mi
kubeplay wait 30s
kubectl top node
kubectl get pods -o wide
kubectl describe node node01
kubectl get pods -o wide --field-selector=status.phase=Failed
kubectl get pods --field-selector=status.phase=Failed -o jsonpath='{range .items[*]}{.metadata.name}: {.status.reason}: {.status.message}{"\n"}  {.status.conditions[0].type}={.status.conditions[0].status} {.status.conditions[0].reason}{"\n"}{end}'
kubectl get events --field-selector reason=Evicted
kubectl get pods -n local-path-storage
kubeplay node fill-memory node01 0
kubeplay wait 5m
kubectl get node node01 -o jsonpath='{.spec.taints}{"\n"}{.status.conditions[?(@.type=="MemoryPressure")].status}{"\n"}'
kubectl apply -f - <<EOF2
apiVersion: v1
kind: Pod
metadata:
  name: hog
spec:
  nodeName: node02
  containers:
  - name: stress
    image: polinux/stress
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "5G", "--vm-hang", "1"]
EOF2
kubeplay wait 30s
kubectl get pod hog
kubectl get events --field-selector involvedObject.kind=Node,reason=SystemOOM
