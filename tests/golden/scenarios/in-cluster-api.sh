# A pod calls the apiserver as in-cluster clients do: https://kubernetes.default.svc, the
# cluster's CA and its service account's token from the projected volume; RBAC decides.
kubectl run c --image=curlimages/curl -- sleep 3600
kubectl apply -f - <<'YAML'
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: default-view
  namespace: kube-system
subjects:
- kind: ServiceAccount
  name: default
  namespace: default
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
YAML
kubeplay wait 20s
kubectl exec c -- ls /var/run/secrets/kubernetes.io/serviceaccount/
# Without the CA, curl does not trust the apiserver's certificate.
kubectl exec c -- curl -sS https://kubernetes.default.svc/version
kubectl exec c -- curl -sS --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt https://kubernetes.default.svc/version
kubectl exec c -- curl -sS --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt https://kubernetes.default.svc.cluster.local:443/healthz
# Anonymous: no discovery, no pods.
kubectl exec c -- curl -sk https://kubernetes.default.svc/api
# With the token: the service account, and RBAC.
kubectl exec c -- sh -c 'curl -s --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)" https://kubernetes.default.svc/api/v1/namespaces/default/pods'
kubectl exec c -- sh -c 'curl -s --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)" https://kubernetes.default.svc/api/v1/namespaces/kube-system/configmaps/kube-proxy'
kubectl exec c -- curl -s http://kubernetes.default.svc:443/
kubeplay trace kubectl exec c -- curl -sk https://kubernetes.default.svc/healthz
