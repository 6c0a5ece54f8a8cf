# kubectl expose: the Service takes the object's selector, labels and (without --port) its
# container ports; upstream's errors for what cannot be exposed.
kubectl create deployment web --image=nginx --replicas=2 --port=80
kubectl expose deployment web --type=NodePort
kubectl expose deployment web --port=8080 --target-port=80 --name=web2 --dry-run=client -o yaml
kubectl run solo --image=nginx
kubectl expose pod solo --port=80 --name=solo-svc --session-affinity=ClientIP
kubectl apply -f - <<EOF2
apiVersion: v1
kind: Pod
metadata:
  name: bare
spec:
  containers:
  - name: app
    image: busybox
    command: ["sleep", "3600"]
EOF2
kubectl expose pod bare --port=80
kubectl expose pod solo
kubectl expose service web --port=443 --target-port=80 --name=web-https
kubectl expose node node01 --port=80
kubectl expose deployment nope --port=80
kubectl expose deployment web
kubectl get svc
kubectl describe svc solo-svc
