# The terminal's shell: pipes into grep, head, wc, sort, awk, cut and xargs; lists with &&, ||
# and ;; variables, $? and $((…)); command substitution; redirection to a file; aliases; watch. kubectl's own
# output (and its errors, which go to the terminal, not down the pipe) is the same as alone.
kubectl create deployment web --image=nginx --replicas=3 --dry-run=client -o yaml | kubectl apply -f -
kubeplay wait 30s
kubectl get pods | grep web | wc -l
kubectl get pods --no-headers | awk '{print $1, $3}' | sort
kubectl get pods -o name | head -1
echo $?
kubectl get pod nope; echo "status $?"
kubectl get pod nope | grep x
echo $?
kubectl get pods -o name | head -1 | xargs kubectl delete
kubectl delete $(kubectl get pods -o name | tail -1) --wait=false
POD=$(kubectl get pods -o jsonpath='{.items[0].metadata.name}') && echo first is $POD
kubectl get pod $POD -o jsonpath='{.spec.containers[0].image}'; echo
export NS=kube-system; kubectl get pods -n $NS | head -2
kubectl get nope && echo yes || echo no
X=5; echo $((X * 2)) in $HOME
kubectl get pods > pods.txt; cat pods.txt | wc -l
kubectl get ns --no-headers | cut -d' ' -f1 | sort -r
kubectl rollout status deployment/web && echo rolled
nosuchcommand | grep x
alias kgp='kubectl get pods'
alias
kgp -n kube-system --no-headers | wc -l
alias nope
unalias kgp
kgp
timeout 5 watch kubectl get deploy web
export APP=web; TAG=1.27
cat <<EOF
image: nginx:${TAG} for $APP in "$(kubectl get ns default -o name)" `echo ok` \$HOME \"q\"
EOF
cat <<'EOF'
kept: $APP $(echo no)
EOF
kubectl apply -f - <<EOF
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${APP}-settings
data:
  tag: "$TAG"
EOF
kubectl get configmap $APP-settings -o jsonpath='{.data.tag}'; echo
POD=$(kubectl get pods -n kube-system -o name | grep etcd); echo ${POD#pod/} ${#POD}
echo ${NOPE:?is required}; echo not printed
echo $?
IMG=registry.k8s.io/pause:3.10; echo ${IMG%%:*} ${IMG##*:} ${IMG%/*} ${IMG:+set} "${NOPE:-}" ${NOPE-unset}
