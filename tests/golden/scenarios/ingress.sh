# Ingress: ingress-nginx from its install guide's manifest, an Ingress routing by host and path,
# requests through the controller's NodePort, the trace of one, and what the controller logs.
kubectl apply -f https://raw.githubusercontent.com/kubernetes/ingress-nginx/controller-v1.14.0/deploy/static/provider/baremetal/deploy.yaml
kubectl create deployment web --image=nginx --replicas=2
kubectl expose deployment web --port=80
kubectl create deployment echo --image=registry.k8s.io/e2e-test-images/agnhost:2.53 -- /agnhost serve-hostname
kubectl expose deployment echo --port=80 --target-port=9376
kubectl apply -f - <<YAML
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  ingressClassName: nginx
  rules:
  - host: hello.example
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: web
            port:
              number: 80
      - path: /echo
        pathType: Exact
        backend:
          service:
            name: echo
            port:
              number: 80
YAML
kubectl get ingress
kubeplay wait 90s
kubectl -n ingress-nginx rollout status deployment ingress-nginx-controller
kubectl get pods -n ingress-nginx -o wide
kubectl get svc -n ingress-nginx
kubectl get ingress
kubectl describe ingress web
curl -s -H "Host: hello.example" http://node01:32276/echo
curl -s --resolve hello.example:32276:172.30.2.3 http://hello.example:32276/echo
curl -s http://node01:32276/
kubeplay trace curl -H "Host: hello.example" http://node01:32276/
kubectl logs -n ingress-nginx deploy/ingress-nginx-controller
kubectl get events -n ingress-nginx --field-selector reason=RELOAD
kubectl create ingress echo --class=nginx --rule="echo.example/*=echo:80" --dry-run=client -o yaml
kubectl create ingress echo --class=nginx --rule="echo.example/*=echo:80"
kubeplay wait 2s
curl -s -H "Host: echo.example" http://node02:32276/anything
