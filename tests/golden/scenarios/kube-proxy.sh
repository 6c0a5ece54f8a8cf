# kube-proxy in iptables mode: each node's proxier compiles the Services and their EndpointSlices
# into the nat table (KUBE-SERVICES → KUBE-SVC-… with the statistic ladder 1/(n−i) → KUBE-SEP-…
# with its DNAT; NodePorts through KUBE-NODEPORTS → KUBE-EXT-…), with upstream's chain-name
# hashes. Deleting a pod changes the rules on every node at the next sync.
kubectl create deployment web --image=nginx --replicas=3
kubectl apply -f - <<EOF2
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  selector: {app: web}
  ports:
  - port: 80
    targetPort: 80
    nodePort: 30080
EOF2
kubeplay wait 30s
kubectl get pods -o wide
kubectl get svc web
kubeplay ssh node01
iptables-save -t nat
exit
kubectl delete pod -l app=web --wait=false
kubeplay wait 2s
kubeplay ssh node02
iptables-save -t nat
exit
kubeplay ssh controlplane
iptables-save -t filter
iptables-save -t mangle
iptables-save --bogus
exit
# A Service whose pods are gone: the filter table rejects its cluster IP and NodePort.
kubectl scale deployment web --replicas=0
kubeplay wait 5s
kubeplay ssh node01
iptables-save -t filter
exit
