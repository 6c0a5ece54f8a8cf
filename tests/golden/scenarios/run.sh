# `kubectl run`: the pod kubectl's generator builds (labels, env, port, args or --command), the
# checks run.go makes in its order, --expose, and what the pods then do: a tag that does not
# exist fails to pull, a busybox command prints and keeps running.
kubectl run web --image=nginx:1.27 --labels=app=web,tier=fe --env=A=1 --env=B=two --port=80 --restart=Never --dry-run=client -o yaml -- arg1 arg2
kubectl run bb --image=busybox --command --dry-run=client -o json -- sh -c 'echo hi'
kubectl run x
kubectl run --image=nginx -- sleep 1
kubectl run x --image=Nginx
kubectl run x --image=nginx -t
kubectl run x --image=nginx --expose
kubectl run x --image=nginx --restart=Sometimes
kubectl run x --image=nginx --rm
kubectl run x --image=nginx --image-pull-policy=Sometimes
kubectl run x --image=nginx --env=1A=b
kubectl run hello --image=busybox:1.36 --restart=Never --env=GREETING=hi -- sh -c 'echo $GREETING from $HOSTNAME; sleep 3600'
kubectl run bad --image=nginx:doesnotexist
kubectl run hello --image=busybox
kubectl run web --image=nginx:1.27 --port=80 --expose
kubectl get svc web
kubeplay wait 40s
kubectl get pods -o wide
kubectl logs hello
kubectl describe pod bad
