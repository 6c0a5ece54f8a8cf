# A root shell on a node: crictl lists the pod sandboxes (pause containers) and the containers
# containerd runs there, the images it has pulled and a container's log; the control-plane node
# runs its components as static pods from /etc/kubernetes/manifests.
kubectl run web --image=nginx:1.27
kubeplay wait 20s
kubectl get pods -o wide
ssh node01
crictl pods
crictl ps
crictl images
hostname
exit
ssh controlplane
ls /etc/kubernetes/manifests
crictl ps
systemctl status kubelet
exit
ssh node9
ssh node02
crictl ps -a
crictl logs nope
exit
# The node's network: its uplink, flannel's VXLAN device and bridge, a veth per pod sandbox;
# routes to the other nodes' pod CIDRs through flannel.1.
ssh node01
ip addr
ip route
ip link
exit
