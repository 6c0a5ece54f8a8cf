# Requests from a pod: the resolver reads the kubelet's /etc/resolv.conf (the namespace's search
# path, ndots:5) and asks CoreDNS through kube-proxy's rules for kube-dns; busybox's nslookup
# tries every search domain (A, then AAAA) and exits 1 for their NXDOMAINs; wget reaches nginx
# through the web Service, and the pod that served it logs the client pod's address. The trace
# shows the DNS query's and the connection's hops. With no endpoints kube-proxy rejects; with
# CoreDNS scaled away names stop resolving.
kubectl create deployment web --image=nginx --replicas=2
kubectl expose deployment web --port=80
kubectl run client --image=busybox -- sleep 3600
kubeplay wait 30s
kubectl get svc web
kubectl get pods -o wide
kubectl exec client -- cat /etc/resolv.conf
kubectl exec client -- cat /etc/hosts
kubectl exec client -- nslookup web
kubectl exec client -- nslookup web.default.svc.cluster.local
kubectl exec client -- nslookup kubernetes.default
kubectl exec client -- wget -qO- http://web
kubectl exec client -- wget http://web.default.svc.cluster.local/
kubectl exec client -- wget http://web/
kubectl exec client -- ls /
kubectl exec client -- wget -qO- http://web/missing
kubectl exec client -- wget -qO- http://nosuch
kubectl logs -l app=web --tail=2 --prefix
kubectl exec client -- sh -c 'for i in 1 2 3; do wget -qO- http://web | grep title; done'
kubectl exec client -- wget -qO- http://10.244.9.9 -T 2
kubeplay trace kubectl exec client -- wget -qO- http://web
kubectl exec deploy/web -- curl http://web.default/missing
kubectl exec deploy/web -- curl -sS --connect-timeout 2 http://web:8080
kubectl scale deployment web --replicas=0
kubeplay wait 5s
kubectl exec client -- wget -qO- http://web
kubectl scale -n kube-system deployment coredns --replicas=0
kubeplay wait 40s
kubectl exec client -- nslookup web
kubectl exec client -- wget -qO- http://web
