# kubectl label and annotate: set, refuse to change without --overwrite, remove with KEY-, by
# selector or --all, --list; a Service follows the labels its selector matches. The generators of
# configmap, secret generic and serviceaccount.
kubectl create deployment web --image=nginx --replicas=2
kubectl expose deployment web --port=80 --selector=tier=front
kubeplay wait 30s
kubectl get endpointslices -l kubernetes.io/service-name=web
kubectl label pods -l app=web tier=front
kubeplay wait 5s
kubectl get endpointslices -l kubernetes.io/service-name=web
kubectl get pods --show-labels
kubectl label pods -l app=web tier=back
kubectl label pods -l app=web tier=back --overwrite
kubectl label deployment web tier=front
kubectl label deployment web tier=front
kubectl label deployment web tier-
kubectl label deployment web tier-
kubectl label deployment web --list
kubectl label pods --all --list
kubectl label deployment web 'bad key=v'
kubectl label deployment web a=-bad
kubectl label deployment web a=1 a-
kubectl label deployment web
kubectl label
kubectl annotate deployment web owner=team-a
kubectl annotate deployment web owner=team-b
kubectl annotate deployment web owner=team-b --overwrite --dry-run=client
kubectl annotate deployment web owner-
kubectl annotate deployment web --list
kubectl annotate deployment web 'Bad/Key/x=1'
kubectl create configmap app-config --from-literal=color=blue --from-literal=greeting='hello world'
kubectl get configmap app-config -o jsonpath='{.data}'; echo
kubectl create configmap app-config --from-literal=color=red
kubectl create configmap bad --from-literal=nokey
kubectl create secret generic creds --from-literal=user=admin --from-literal=password=s3cr3t
kubectl get secret creds -o jsonpath='{.data.password}' | base64 -d; echo
kubectl describe secret creds
kubectl create serviceaccount builder
kubectl create sa builder
kubectl get serviceaccounts
