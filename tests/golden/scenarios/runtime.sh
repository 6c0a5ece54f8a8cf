# containerd stopped on node01: the kubelet runs on and reports the node NotReady ("container
# runtime is down"), crictl and exec cannot reach the runtime, the containers keep running (their
# shims do) and nothing new starts there; started again, the kubelet syncs every pod.
kubectl create deployment web --image=nginx:1.27 --replicas=2
kubeplay wait 15s
kubectl get pods -o wide
ssh node01
systemctl stop containerd
systemctl status containerd
systemctl is-active containerd
crictl ps
systemctl status kubelet
exit
kubeplay wait 20s
kubectl get nodes
kubectl describe node node01
kubectl exec deploy/web -- echo hi
kubectl scale deployment web --replicas=4
kubeplay wait 20s
kubectl get pods -o wide
kubeplay runtime start node01
kubeplay wait 20s
kubectl get nodes
kubectl get pods -o wide
