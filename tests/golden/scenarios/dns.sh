# CoreDNS beyond A records: SRV for a Service's named ports (`_80-80._tcp.web`) and for a
# headless Service's pods (named by their dashed addresses, the weight shared among them), PTR
# for a ClusterIP, a pod address and a node's, and ExternalName Services as CNAMEs — followed
# inside the zone, asked upstream outside it (the lab's resolver knows only its machines, so
# wget finds no address for db.example.com).
kubectl create deployment web --image=nginx --replicas=2
kubectl create service clusterip web --tcp=80:80
kubectl create service clusterip web-pods --clusterip=None --tcp=80:80
kubectl patch svc web-pods -p '{"spec":{"selector":{"app":"web"}}}'
kubectl create service externalname front --external-name=web.default.svc.cluster.local
kubectl create service externalname pg --external-name=db.example.com
kubectl create service externalname gateway --external-name=node01
kubectl run client --image=busybox -- sleep 3600
kubeplay wait 30s
kubectl get svc
kubectl get pods -o wide
kubectl exec client -- nslookup -type=srv _80-80._tcp.web.default.svc.cluster.local
kubectl exec client -- nslookup -type=srv web
kubectl exec client -- nslookup -type=srv _80-80._udp.web.default.svc.cluster.local
kubectl exec client -- nslookup -type=srv web-pods.default.svc.cluster.local
kubectl exec client -- nslookup web-pods
kubectl exec client -- nslookup front
kubectl exec client -- nslookup -type=cname pg.default.svc.cluster.local
kubectl exec client -- nslookup pg.default.svc.cluster.local
kubectl exec client -- nslookup gateway.default.svc.cluster.local
kubectl exec client -- wget -qO- http://front
kubectl exec client -- wget -qO- http://pg
kubectl exec client -- nslookup 10.96.0.10
kubectl exec client -- nslookup 10.244.2.3
kubectl get nodes -o wide
kubectl exec client -- nslookup 172.30.2.2
kubectl exec client -- nslookup -type=mx web.default.svc.cluster.local
kubectl exec client -- nslookup -type=bogus web
