# The kubelet as a systemd service: stopped on node01, the node goes NotReady after the lease
# runs out while its containers run on (crictl still sees them; logs and exec cannot reach the
# kubelet); a container that exits is not restarted until the kubelet starts again, announces
# itself, and syncs every pod.
kubectl run web --image=nginx:1.27
kubectl apply -f - <<EOF2
apiVersion: v1
kind: Pod
metadata:
  name: ticker
spec:
  nodeName: node01
  containers:
  - name: ticker
    image: busybox:1.36
    command: ["sh", "-c", "echo up; sleep 30; echo bye; exit 3"]
EOF2
kubeplay wait 10s
kubectl get pods -o wide
ssh node01
systemctl status kubelet
systemctl stop kubelet
systemctl status kubelet
systemctl is-active kubelet
crictl ps
exit
kubectl logs ticker
kubectl exec ticker -- echo hi
kubeplay wait 50s
kubectl get nodes
kubectl get pods -o wide
kubectl describe node node01
kubeplay ssh node01
crictl ps -a
systemctl start kubelet
systemctl status kubelet
journalctl -u kubelet -n 8
exit
kubeplay wait 5s
kubectl get nodes
kubectl get pods
kubectl get events --field-selector involvedObject.kind=Node,involvedObject.name=node01
kubeplay kubelet stop node09
kubeplay kubelet start node01
