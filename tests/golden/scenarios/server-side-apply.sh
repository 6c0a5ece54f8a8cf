# Server-side apply: the apiserver merges the file and records who manages which field;
# a field another manager set is a conflict until forced or shared.
kubectl create deployment web --image=nginx:1.25 --replicas=2
kubectl get deployment web -o jsonpath='{range .metadata.managedFields[*]}{.manager}{" "}{.operation}{" "}{.subresource}{"\n"}{end}'
kubeplay wait 10s
kubectl get deployment web -o jsonpath='{range .metadata.managedFields[*]}{.manager}{" "}{.operation}{" "}{.subresource}{"\n"}{end}'
kubectl apply --server-side -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 3
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
YAML
# The same value is shared, not a conflict; forcing takes the field.
kubectl apply --server-side --force-conflicts -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 3
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
YAML
kubectl get deployment web -o yaml --show-managed-fields
# kubectl scale takes replicas over; the next apply conflicts with it.
kubectl scale deployment web --replicas=1
kubectl apply --server-side -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
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
YAML
# A ConfigMap applied twice: the key the second file leaves out is removed.
kubectl apply --server-side -f - <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  a: "1"
  b: "2"
YAML
kubectl apply --server-side -f - <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  a: "1"
YAML
kubectl get configmap settings -o jsonpath='{.data}{"\n"}'
kubectl apply --server-side --dry-run=client -f - <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
YAML
