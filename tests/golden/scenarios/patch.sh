# kubectl patch: strategic (default), merge and JSON patches, YAML or JSON text; "(no change)" when
# the object is the same after; dry runs; upstream's errors.
kubectl create deployment web --image=nginx --replicas=2
kubectl patch deployment web -p '{"spec":{"replicas":3}}'
kubectl patch deployment web -p '{"spec":{"replicas":3}}'
kubectl patch deployment web --type=merge -p 'spec: {replicas: 1}'
kubectl patch deployment web --type=json -p '[{"op":"replace","path":"/spec/replicas","value":4}]'
kubectl patch deployment web --type=json -p '{"op":"replace"}'
kubectl patch deployment web --type=bogus -p '{}'
kubectl patch deployment web
kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.27"}]}}}}' --dry-run=client -o yaml
kubectl patch deployment nope -p '{"spec":{"replicas":3}}'
kubectl patch svc kubernetes -p '{"spec":{"type":"NodePort"}}' --dry-run=server
kubectl get deploy web
