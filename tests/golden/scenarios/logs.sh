# Containers run their commands in cluster time and `kubectl logs` reads what they wrote, through
# the apiserver and the node's kubelet: a loop that ticks every 10 s, a crash loop (--previous),
# an image that cannot be pulled, a two-container pod (the "Defaulted container" note, -c,
# --all-containers --prefix), a command the image does not have, and a node that is off.
kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: hello
spec:
  containers:
  - name: hello
    image: busybox:1.36
    command: ["sh", "-c", "echo hello $MY_VAR; i=0; while true; do i=$((i+1)); echo tick $i; sleep 10; done"]
    env:
    - name: MY_VAR
      value: from-env
---
apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: crash
    image: busybox:1.36
    command: ["sh", "-c", "echo dying at $(date +%T); exit 1"]
---
apiVersion: v1
kind: Pod
metadata:
  name: bad
spec:
  containers:
  - name: bad
    image: nginx:doesnotexist
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.29
  - name: side
    image: busybox:1.36
    command: ["sh", "-c", "for f in /usr/share/nginx/html/index.html /etc/hostname; do test -f $f && echo found $f || echo no $f; done; sleep 3600"]
---
apiVersion: v1
kind: Pod
metadata:
  name: nocmd
spec:
  containers:
  - name: c
    image: nginx:1.29
    command: ["ps"]
EOF
kubectl logs hello
kubeplay wait 45s
kubectl get pods
kubectl logs hello
kubectl logs hello --tail=2 --timestamps
kubectl logs crash
kubectl logs crash --previous
kubectl logs bad
kubectl logs web
kubectl logs web -c side
kubectl logs web --all-containers --prefix --tail 3
kubectl logs web -c nope
kubectl logs nocmd
kubectl get pod nocmd -o jsonpath='{.status.containerStatuses[0].lastState.terminated.reason}{"\n"}'
kubectl logs -l run=nothing
timeout 12s kubectl logs -f hello --tail=2
kubectl logs -f crash -p
kubeplay node stop node01
kubeplay node stop node02
kubectl logs hello
kubectl logs nosuch
timeout 5s kubectl logs -f hello
