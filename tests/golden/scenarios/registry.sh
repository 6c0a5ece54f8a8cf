# The image registries unreachable from the nodes: a new image cannot be pulled (ErrImagePull,
# ImagePullBackOff with containerd's lookup failure), an image already on the node still starts
# (IfNotPresent), and once the registry is back the next retry pulls it.
kubectl create deployment sleepers --image=busybox:1.36 --replicas=2 -- sleep 3600
kubeplay wait 10s
kubectl get pods -o wide
kubeplay registry down
kubectl run web --image=nginx:1.27
kubectl run cached --image=busybox:1.36 -- sleep 3600
kubeplay wait 20s
kubectl get pods
kubectl describe pod web
kubeplay registry up
kubeplay wait 40s
kubectl get pods
kubectl get events --field-selector involvedObject.name=web
