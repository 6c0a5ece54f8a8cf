# Service environment variables: a container starts with NAME_SERVICE_HOST/PORT and Docker's
# link variables for each Service with a cluster IP in its namespace that existed when it
# started (and for `kubernetes` always, even with enableServiceLinks: false); `$(VAR)` in env,
# command and args sees them.
kubectl apply -f - <<'EOF2'
apiVersion: v1
kind: Service
metadata:
  name: my-svc
spec:
  selector: {app: x}
  ports:
  - name: http
    port: 8080
    targetPort: 80
  - name: dns-udp
    port: 53
    protocol: UDP
---
apiVersion: v1
kind: Service
metadata:
  name: headless
spec:
  clusterIP: None
  selector: {app: x}
  ports:
  - port: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: bb
spec:
  containers:
  - name: bb
    image: busybox:1.36
    command: ["sh", "-c", "echo host=$(MY_SVC_SERVICE_HOST); sleep 3600"]
    env:
    - name: URL
      value: "http://$(KUBERNETES_SERVICE_HOST):$(KUBERNETES_SERVICE_PORT)"
---
apiVersion: v1
kind: Pod
metadata:
  name: nolinks
spec:
  enableServiceLinks: false
  containers:
  - name: bb
    image: busybox:1.36
    command: ["sleep", "3600"]
EOF2
kubeplay wait 15s
kubectl exec bb -- env
kubectl logs bb
kubectl exec nolinks -- env
kubectl apply -f - <<EOF2
apiVersion: v1
kind: Service
metadata:
  name: later
spec:
  ports:
  - port: 80
EOF2
kubectl exec bb -- sh -c 'echo later=$LATER_SERVICE_HOST'
# The service-account volume every pod gets: the cluster's CA, the namespace, and a token bound
# to the account, the pod and its node (a JWT with kube-apiserver's claims).
kubectl exec bb -- ls /var/run/secrets/kubernetes.io/serviceaccount
kubectl exec bb -- cat /var/run/secrets/kubernetes.io/serviceaccount/namespace
kubectl exec bb -- cat /var/run/secrets/kubernetes.io/serviceaccount/token
