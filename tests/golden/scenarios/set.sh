# kubectl set env and set resources: the Deployment's template changes, a new ReplicaSet rolls
# the pods, and the containers see the variables (literal, from a ConfigMap and a Secret) and
# get the requests and limits; listing, removing, and the errors a learner meets.
kubectl create deployment web --image=nginx --replicas=2
kubectl create configmap cfg --from-literal=db-host=db.example --from-literal=port=5432
kubectl create secret generic sec --from-literal=password=s3cret
kubeplay wait 30s
kubectl set env deployment/web GREETING=hello MODE=dev
kubectl set env deployment/web --from=configmap/cfg --prefix=DB_
kubectl set env deployment/web --from=secret/sec --keys=password
kubectl set env deployment/web MODE-
kubectl set env deployment/web --list
kubectl set env deployment/web --list --resolve
kubectl set env deployment/web GREETING=hi --overwrite=false
kubectl set env deployment/web 9LIVES=x
kubectl set env deployment/web -c sidecar X=1
kubectl set resources deployment/web --requests=cpu=100m,memory=64Mi --limits=cpu=250m,memory=128Mi
kubectl set resources deployment/web --requests=cpu=500m
kubectl set resources deployment/web --requests=cpu=lots
kubectl set resources deployment/web
kubeplay wait 60s
kubectl rollout history deployment/web
kubectl get pods
kubectl exec deploy/web -- printenv GREETING DB_DB_HOST DB_PORT PASSWORD
kubectl get pods -o jsonpath='{.items[0].spec.containers[0].resources}'
