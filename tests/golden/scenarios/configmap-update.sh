# A ConfigMap changed while pods use it: mounted files follow at the kubelet's next periodic
# sync of the pod (within a minute), a subPath mount and environment variables keep what the
# container started with.
kubectl apply -f - <<EOF2
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  greeting: hello
  color: blue
---
apiVersion: v1
kind: Pod
metadata:
  name: reader
  labels:
    tier: web
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sleep", "3600"]
    env:
    - name: GREETING
      valueFrom:
        configMapKeyRef: {name: app-config, key: greeting}
    volumeMounts:
    - name: config
      mountPath: /etc/config
    - name: config
      mountPath: /etc/color
      subPath: color
    - name: info
      mountPath: /etc/podinfo
  volumes:
  - name: config
    configMap:
      name: app-config
  - name: info
    downwardAPI:
      items:
      - path: labels
        fieldRef: {fieldPath: metadata.labels}
EOF2
kubeplay wait 10s
kubectl exec reader -- sh -c 'ls /etc/config; cat /etc/config/greeting /etc/color; echo; echo $GREETING'
kubectl apply -f - <<EOF2
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  greeting: bonjour
  color: red
  size: large
EOF2
kubectl exec reader -- cat /etc/config/greeting
kubeplay wait 70s
kubectl exec reader -- sh -c 'ls /etc/config; cat /etc/config/greeting; echo; cat /etc/color; echo; echo $GREETING'
