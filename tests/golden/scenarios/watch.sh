# `kubectl get --watch`: the list first, then a row per event as the cluster changes, aligned by
# a tabwriter that remembers its widths; --watch-only, --output-watch-events, one object (its
# synthetic first event not printed), other output formats, and kubectl's errors.
timeout 10s kubectl get pods -w
kubectl run crash --image=busybox:1.36 -- sh -c 'echo starting; exit 1'
timeout 90s kubectl get pods -w
kubectl create deployment web --image=nginx:1.27 --replicas=2
timeout 30s kubectl get deploy,rs -w
timeout 30s kubectl get deploy web -w
timeout 20s kubectl get pods -l app=web --watch-only
kubectl scale deployment web --replicas=3
timeout 20s kubectl get pods -l app=web --watch-only --output-watch-events
kubectl scale deployment web --replicas=1
timeout 40s kubectl get pods -l app=web -w -o name
timeout 5s kubectl get pod crash -w -o jsonpath='{.status.phase}{"\n"}'
timeout 5s kubectl get pods -A -w --field-selector=metadata.namespace=kube-system -l component=etcd
kubectl get pods nosuch -w
kubectl get pod crash crash -w
kubectl delete deployment web --wait=false
timeout 40s kubectl get pods -l app=web -w --output-watch-events -o jsonpath='{.type} {.object.metadata.name} {.object.status.phase}{"\n"}'
