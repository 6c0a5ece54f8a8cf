# Probes in cluster time: readiness decides Ready and so the Service's endpoints (nginx answers
# the kubelet's HTTP probe, and logs it, until its page is removed), a failing liveness probe has
# the container killed and restarted (the kubernetes.io exec-liveness example), a TCP probe to a
# port nothing listens on, and a startup probe that never passes.
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: web-a
  labels:
    app: web
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - containerPort: 80
      name: http
    readinessProbe:
      httpGet:
        path: /
        port: http
      periodSeconds: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: web-b
  labels:
    app: web
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 5
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: tcp
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sleep", "3600"]
    livenessProbe:
      tcpSocket:
        port: 8080
      initialDelaySeconds: 10
      periodSeconds: 10
      terminationGracePeriodSeconds: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: slow
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sleep", "3600"]
    startupProbe:
      exec:
        command: ["cat", "/tmp/started"]
      periodSeconds: 5
      failureThreshold: 3
EOF
kubectl apply -f ../shared/corpus/kubernetes-website-examples/pods/probe/exec-liveness.yaml
kubeplay wait 20s
kubectl get pods
kubectl get endpoints web
kubectl exec web-a -- rm /usr/share/nginx/html/index.html
kubeplay wait 20s
kubectl get pods web-a web-b
kubectl get endpoints web
kubectl logs web-a --tail=4
kubectl describe pod web-a
kubeplay wait 60s
kubectl get pods
kubectl describe pod liveness-exec
kubectl describe pod tcp
kubectl describe pod slow
# The docs' HTTP liveness example: agnhost's liveness server answers /healthz with 200 for ten
# seconds after it starts, then 500, so the kubelet restarts it.
kubectl apply -f - <<EOF2
apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-http
spec:
  containers:
  - name: liveness
    image: registry.k8s.io/e2e-test-images/agnhost:2.40
    args:
    - liveness
    livenessProbe:
      httpGet:
        path: /healthz
        port: 8080
        httpHeaders:
        - name: Custom-Header
          value: Awesome
      initialDelaySeconds: 3
      periodSeconds: 3
EOF2
kubeplay wait 30s
kubectl get pod liveness-http
kubectl get events --field-selector involvedObject.name=liveness-http
