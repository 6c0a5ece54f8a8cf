# metrics-server scrapes every kubelet each 15 s; `kubectl top` shows what CFS gives each
# container. An HPA scales a CPU-bound Deployment up (at most doubling, or +4, per sync) to its
# maximum, and back down only after the 5-minute stabilization window once the load is gone.
kubectl apply -f - <<EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: spin
spec:
  replicas: 1
  selector:
    matchLabels: {app: spin}
  template:
    metadata:
      labels: {app: spin}
    spec:
      containers:
      - name: spin
        image: busybox:1.36
        command: ["sh", "-c", "while true; do :; done"]
        resources:
          requests: {cpu: 200m}
          limits: {cpu: 300m}
EOF
kubectl top pod
kubectl autoscale deployment spin --cpu-percent=50 --min=1 --max=4
kubectl get hpa
kubeplay wait 45s
kubectl top pod
kubectl get hpa
kubeplay wait 60s
kubectl get hpa,deploy
kubectl top node
kubectl apply -f - <<EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: spin
spec:
  replicas: 4
  selector:
    matchLabels: {app: spin}
  template:
    metadata:
      labels: {app: spin}
    spec:
      containers:
      - name: spin
        image: busybox:1.36
        command: ["sh", "-c", "sleep 3600"]
        resources:
          requests: {cpu: 200m}
          limits: {cpu: 300m}
EOF
kubeplay wait 2m
kubectl get hpa
kubectl describe hpa spin
kubeplay wait 4m
kubectl get hpa,deploy
kubectl describe hpa spin
kubectl get hpa spin -o yaml
