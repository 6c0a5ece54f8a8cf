# The verbs no other scenario shows: version, api-versions, api-resources, get all, replace,
# create token, create service nodeport, create job --from=cronjob.
kubectl version
kubectl api-versions
kubectl api-resources --namespaced=false
kubectl api-resources --api-group=apps -o wide
kubectl create deployment web --image=nginx --replicas=2
kubectl create service nodeport web --tcp=80:80 --node-port=30080
kubectl create cronjob tick --image=busybox --schedule="*/5 * * * *" -- date
kubectl create job tick-now --from=cronjob/tick
kubeplay wait 20s
kubectl get all
kubectl get deploy web -o yaml | sed 's/replicas: 2/replicas: 3/' | kubectl replace -f -
kubectl get deploy web -o jsonpath='{.spec.replicas}'; echo
kubectl replace -f - <<'EOF2'
apiVersion: v1
kind: ConfigMap
metadata:
  name: missing
EOF2
kubectl create serviceaccount robot
kubectl create token robot --duration=10m | cut -d. -f1
kubectl create token nobody
