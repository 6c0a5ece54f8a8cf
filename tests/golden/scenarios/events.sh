# kubectl events: a namespace's events oldest first, LAST SEEN with the count and span of
# repeats; --for one object, --types, -A; --watch prints each event as it is reported.
kubectl create deployment web --image=nginx --replicas=2
kubectl run bad --image=nginx:nope
kubeplay wait 60s
kubectl events
kubectl events --for pod/bad
kubectl events --for deployment/web --types=Normal
kubectl events --types=Warning -o jsonpath='{range .items[*]}{.reason}{" "}{.count}{"\n"}{end}'
kubectl events -A --types=Warning --no-headers
timeout 25s kubectl events --watch --for pod/bad
kubectl events -n nope
kubectl events --types=Error
kubectl events --for bad
kubectl events --for foo/x
