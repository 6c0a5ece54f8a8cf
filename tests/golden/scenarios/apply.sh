# kubectl apply: create, unchanged, configured; the last-applied annotation and its three-way
# merge (a label dropped from the file is removed, one added by hand is kept); view-last-applied.
cat > web.yaml <<'EOF'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
    tier: front
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
EOF
kubectl apply -f web.yaml
kubectl apply -f web.yaml
kubectl label deployment web owner=learner
sed -i 's/    tier: front//' web.yaml
sed -i 's/replicas: 2/replicas: 3/' web.yaml
kubectl apply -f web.yaml
kubectl get deployment web --show-labels
kubectl apply view-last-applied deployment/web
kubectl apply view-last-applied -f web.yaml -o json
kubectl create configmap plain --from-literal=a=1
kubectl apply view-last-applied configmap/plain
kubectl apply view-last-applied deployment/web -o wide
kubectl apply view-last-applied
