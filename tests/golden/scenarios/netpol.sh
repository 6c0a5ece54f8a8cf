# NetworkPolicy, enforced as a policy-capable CNI would: a default-deny ingress policy isolates
# every pod in the namespace, so curl to web times out and the trace names the policy that
# dropped the connection; DNS to kube-system still works. A second policy lets pods labelled
# role=frontend in on port 80 only. An egress policy on the client without a DNS rule breaks
# name resolution.
kubectl create deployment web --image=nginx
kubectl expose deployment web --port=80
kubectl run client --image=curlimages/curl --labels=role=frontend -- sleep 3600
kubectl run other --image=curlimages/curl -- sleep 3600
kubeplay wait 30s
kubectl exec client -- curl -sS -o /dev/null -w '%{http_code}\n' http://web
kubectl exec client -- curl -sS --connect-timeout 3 http://web/missing
kubectl apply -f - <<EOF2
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
spec:
  podSelector: {}
  policyTypes:
  - Ingress
EOF2
kubectl get networkpolicy
kubectl exec client -- curl -sS --connect-timeout 3 http://web
kubeplay trace kubectl exec client -- curl -sS --connect-timeout 3 http://web
kubectl exec client -- nslookup web.default.svc.cluster.local
kubectl apply -f - <<EOF2
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-frontend
spec:
  podSelector:
    matchLabels:
      app: web
  ingress:
  - from:
    - podSelector:
        matchLabels:
          role: frontend
    ports:
    - protocol: TCP
      port: 80
EOF2
kubectl describe networkpolicy allow-frontend
kubectl exec client -- curl -sS --connect-timeout 3 http://web/missing
kubectl exec other -- curl -sS --connect-timeout 3 http://web/missing
kubectl apply -f - <<EOF2
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: client-egress-web-only
spec:
  podSelector:
    matchLabels:
      role: frontend
  policyTypes:
  - Egress
  egress:
  - to:
    - podSelector:
        matchLabels:
          app: web
EOF2
kubectl exec client -- curl -sS --connect-timeout 3 http://web/missing
kubeplay trace kubectl exec client -- nslookup web.default.svc.cluster.local
kubectl delete networkpolicy --all
kubectl exec other -- curl -sS http://web/missing
