# kube-proxy in IPVS mode, chosen as on a real cluster: the kube-proxy ConfigMap's mode, read by
# each kube-proxy process when it starts (a rollout restart). Every service port becomes an
# IPVS virtual server with its endpoints as real servers (ipvsadm -Ln); iptables keeps only a
# few rules over ipsets. Requests land exactly round robin, and a service address on a port
# that is not a service is refused by KUBE-IPVS-FILTER.
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
    nodePort: 30080
EOF2
kubeplay wait 30s
ssh node01
ipvsadm -Ln
exit
kubectl apply -f - <<EOF2
apiVersion: v1
kind: ConfigMap
metadata:
  name: kube-proxy
  namespace: kube-system
data:
  config.conf: |
    apiVersion: kubeproxy.config.k8s.io/v1alpha1
    kind: KubeProxyConfiguration
    clusterCIDR: 10.244.0.0/16
    ipvs:
      scheduler: ""
    mode: "ipvs"
EOF2
kubectl rollout restart daemonset kube-proxy -n kube-system
kubeplay wait 20s
kubectl -n kube-system get pods -l k8s-app=kube-proxy -o wide
kubectl get pods -l app=web -o wide
ssh node01
ipvsadm -Ln
iptables-save -t nat
exit
kubeplay trace curl http://node01:30080/
curl -s http://node01:30080/missing
curl -s http://node01:30080/missing
curl -s http://node01:30080/missing
kubectl logs -l app=web --tail=1 --prefix
kubectl run client --image=busybox -- sleep 3600
kubeplay wait 10s
kubectl exec client -- wget -qO- -T 3 http://web:8080
kubeplay trace kubectl exec client -- wget -qO- -T 3 http://web:8080
kubectl exec client -- nslookup web.default.svc.cluster.local
ssh node02
ipvsadm -Ln
exit
