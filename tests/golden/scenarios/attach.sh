# kubectl attach and kubectl run -i/-t: the pods/attach stream joins the container's main
# process; with stdin kept open (`stdin: true`) a shell reads what the learner types.
kubectl run -it --rm shell --image=busybox:1.36 --restart=Never -- sh
echo hello from $HOSTNAME
ls /
exit
kubectl get pods
kubectl run -it box --image=busybox:1.36 -- sh
echo first session
exit
kubectl get pods
kubeplay wait 20s
kubectl get pods
kubectl attach -it box
echo second session
exit 4
kubectl run loop --image=busybox:1.36 -- sh -c 'i=0; while true; do echo tick $i; i=$((i+1)); sleep 2; done'
kubeplay wait 30s
timeout 5 kubectl attach loop
timeout 3 kubectl attach -it loop
kubectl attach loop -c nope
kubectl attach
kubectl attach nope
kubectl attach loop box
kubectl run -i --rm once --image=busybox:1.36 --restart=Never -- sh -c 'echo done; exit 3'
kubectl run -i --rm quick --image=busybox:1.36 --restart=OnFailure -- echo quick
kubectl run -i --rm never --image=no-such-image:1 --restart=Never --pod-running-timeout=20s -- sh
kubectl run -it bad --image=busybox:1.36 --dry-run=client
kubectl run --rm bad2 --image=busybox:1.36
kubectl get pods
