# `kubectl exec` runs a process in the running container, in cluster time, with the container's
# environment and files: `--env` values, ConfigMap and Secret keys as variables and as mounted
# files, an interactive shell (`-it … -- sh`) until `exit`, the exit code of what it ran, and
# the runtime's own error for a program the image does not have (nginx has no `ps`). A pod whose
# ConfigMap is missing waits in ContainerCreating (FailedMount); a missing key stops the
# container with CreateContainerConfigError.
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  greeting: hello from a configmap
  app.properties: |
    color=blue
    size=3
---
apiVersion: v1
kind: Secret
metadata:
  name: app-secret
stringData:
  password: s3cr3t
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo $GREETING; cat /etc/config/app.properties; sleep 3600"]
    env:
    - name: GREETING
      valueFrom:
        configMapKeyRef:
          name: app-config
          key: greeting
    - name: PASSWORD
      valueFrom:
        secretKeyRef:
          name: app-secret
          key: password
    volumeMounts:
    - name: config
      mountPath: /etc/config
    - name: secret
      mountPath: /etc/secret
      readOnly: true
  volumes:
  - name: config
    configMap:
      name: app-config
  - name: secret
    secret:
      secretName: app-secret
---
apiVersion: v1
kind: Pod
metadata:
  name: nomount
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sleep", "3600"]
    volumeMounts:
    - name: config
      mountPath: /etc/config
  volumes:
  - name: config
    configMap:
      name: missing-config
---
apiVersion: v1
kind: Pod
metadata:
  name: noenv
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sleep", "3600"]
    env:
    - name: X
      valueFrom:
        configMapKeyRef:
          name: app-config
          key: nokey
YAML
kubectl run web --image=nginx:1.27
kubectl run shell --image=busybox:1.36 --env=MY_VAR=from-run -- sleep 3600
kubeplay wait 40s
kubectl get pods
kubectl logs app
kubectl exec -it shell -- sh
env
echo $MY_VAR
exit
kubectl exec app -- ls /etc/config
kubectl exec -it app -- sh
cat /etc/config/app.properties
echo $GREETING $PASSWORD
ls /var/run/secrets/kubernetes.io/serviceaccount
sleep 5; echo five seconds later
exit 3
kubectl exec web -- ps
kubectl exec web -- cat /usr/share/nginx/html/index.html
kubectl exec app -c nope -- ls
kubectl exec app
kubectl describe pod nomount
kubectl describe pod noenv
