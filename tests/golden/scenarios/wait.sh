# kubectl wait: a status condition, a JSONPath value, deletion and creation, each ending the
# moment the apiserver reports the change (the pods' AGE shows how long it took); --timeout=0
# checks once; errors and timeouts as upstream prints them.
kubectl create deployment web --image=nginx --replicas=2
kubectl wait --for=condition=Available deployment/web --timeout=60s
kubectl get pods
kubectl wait --for=condition=Ready pods -l app=web
kubectl scale deployment web --replicas=3
kubectl wait --for=jsonpath='{.status.readyReplicas}'=3 deployment/web
kubectl get deployment web
kubectl wait --for=jsonpath='{.status.phase}'=Running pods --all -o name
kubectl wait --for=condition=Ready=false pods -l app=web --timeout=0
kubectl wait --for=condition=Ready nodes --all --timeout=0 -o jsonpath='{.metadata.name}{" "}'
echo
kubectl delete pod web-7957885594-4wdgj --wait=false
kubectl wait --for=delete pod/web-7957885594-4wdgj --timeout=60s
kubectl get pods
kubectl create namespace team
kubectl wait --for=create serviceaccount/default -n team
kubectl wait --for=create configmap/later --timeout=2s
kubectl wait --for=condition=Progressing=false deployment/web --timeout=5s
kubectl wait --for=condition=Ready pod/nope
kubectl wait --for=delete pod/nope
kubectl wait --for=condition=Ready pods -l app=none
kubectl wait --for=condition=Ready pods
kubectl wait --for=bogus deployment/web
kubectl wait --for=jsonpath='{..image}'=nginx pods --all
kubectl wait --for=jsonpath='{.status.phase}'= pods --all
kubectl wait deployment/web --for=condition=Available --timeout=10
kubectl wait
