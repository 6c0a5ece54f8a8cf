# Node disk: files outside Kubernetes fill node01's disk; below 15% free the kubelet reports
# DiskPressure (the node is tainted), garbage-collects the images no container uses, and evicts
# a pod when that is not enough.
kubectl apply -f - <<EOF2
apiVersion: v1
kind: Pod
metadata:
  name: old-httpd
spec:
  nodeName: node01
  restartPolicy: Never
  containers:
  - name: c
    image: httpd:2.4
    command: ["true"]
---
apiVersion: v1
kind: Pod
metadata:
  name: old-redis
spec:
  nodeName: node01
  restartPolicy: Never
  containers:
  - name: c
    image: redis:8.2
    command: ["true"]
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  nodeName: node01
  containers:
  - name: c
    image: nginx:1.27
EOF2
kubeplay wait 20s
kubectl delete pod old-httpd old-redis
ssh node01
crictl images
exit
kubeplay node fill-disk node01 11Gi
kubeplay wait 20s
kubectl describe node node01
ssh node01
crictl images
exit
kubeplay node fill-disk node01 13Gi
kubeplay wait 20s
kubectl get pods -o wide
kubectl get pod web -o jsonpath='{.status.reason}: {.status.message}{"\n"}'
kubeplay node fill-disk node01 0
kubeplay wait 5m
kubectl get node node01 -o jsonpath='{.spec.taints}{"\n"}{.status.conditions[?(@.type=="DiskPressure")].status}{"\n"}'
