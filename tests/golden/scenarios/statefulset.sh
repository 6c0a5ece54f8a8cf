# The StatefulSet from the kubernetes.io tutorial (with nginx): ordered creation web-0, web-1,
# web-2, each Running and Ready first; a rolling update from the highest ordinal down; scale-down
# in reverse order.
kubectl apply -f - <<EOF
apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  ports:
  - port: 80
    name: web
  clusterIP: None
  selector:
    app: nginx
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: "nginx"
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        ports:
        - containerPort: 80
          name: web
EOF
kubectl get pods -l app=nginx
kubeplay wait 5s
kubectl get pods -l app=nginx
kubeplay wait 30s
kubectl get sts,pods -l app=nginx
kubectl set image sts/web nginx=nginx:1.27
kubectl rollout status sts/web
kubectl get pods -l app=nginx -L controller-revision-hash
kubectl scale sts web --replicas=1
kubeplay wait 40s
kubectl get pods -l app=nginx
kubectl describe sts web
kubectl get sts web -o yaml
