# A DaemonSet runs one pod on every node that tolerates it (the control plane's taint is
# tolerated here), rolls out a new image node by node (busybox's shell ignores SIGTERM, so each
# old pod takes its 30 s grace period), and keeps its pod on a node that stops.
kubectl apply -f - <<EOF
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: kube-system
spec:
  selector:
    matchLabels:
      name: agent
  template:
    metadata:
      labels:
        name: agent
    spec:
      tolerations:
      - key: node-role.kubernetes.io/control-plane
        operator: Exists
        effect: NoSchedule
      containers:
      - name: agent
        image: busybox:1.36
        command: ["sh", "-c", "sleep infinity"]
EOF
kubeplay wait 20s
kubectl get ds agent -n kube-system
kubectl get pods -n kube-system -l name=agent -o wide
kubectl set image ds/agent agent=busybox:1.37 -n kube-system
timeout 3m kubectl rollout status ds/agent -n kube-system
kubectl rollout history ds/agent -n kube-system
kubectl rollout history ds/agent -n kube-system --revision=1
kubeplay node stop node02
kubeplay wait 6m
kubectl get nodes
kubectl get pods -n kube-system -l name=agent -o wide
kubectl describe ds agent -n kube-system
