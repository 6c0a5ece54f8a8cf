# A Job runs pods to completion: three completions, two at a time; a failing Job backs off
# (10 s, 20 s, …) until its backoffLimit, then is Failed; ttlSecondsAfterFinished deletes it.
kubectl apply -f - <<EOF
apiVersion: batch/v1
kind: Job
metadata:
  name: count
spec:
  completions: 3
  parallelism: 2
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        command: ["sh", "-c", "echo hello; sleep 5"]
EOF
kubectl get jobs
kubeplay wait 10s
kubectl get jobs,pods
kubeplay wait 20s
kubectl get jobs,pods
kubectl describe job count
kubectl get job count -o yaml
kubectl apply -f - <<EOF
apiVersion: batch/v1
kind: Job
metadata:
  name: fail
spec:
  backoffLimit: 2
  ttlSecondsAfterFinished: 100
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        command: ["sh", "-c", "echo oops; exit 3"]
EOF
kubeplay wait 2m
kubectl get jobs,pods -l job-name=fail
kubectl describe job fail
kubectl get job fail -o jsonpath='{.status.conditions[*].type}{"\n"}'
kubeplay wait 100s
kubectl get jobs
kubectl apply -f - <<EOF
apiVersion: batch/v1
kind: Job
metadata:
  name: indexed
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        command: ["sh", "-c", "sleep 10"]
EOF
kubeplay wait 15s
kubectl get pods -l job-name=indexed -L batch.kubernetes.io/job-completion-index
kubectl get job indexed -o jsonpath='{.status.completedIndexes}{"\n"}'
