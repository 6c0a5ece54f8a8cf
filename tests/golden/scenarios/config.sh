# kubectl config: kubeadm's admin kubeconfig viewed and changed (cluster-info names its server). The current context's namespace
# is where commands go without -n; --context picks another context for one command; every
# message as the real kubectl prints it (compared with kubectl v1.33 on the same kubeconfig).
kubectl config view
kubectl config get-contexts
kubectl cluster-info
kubectl create namespace dev
kubectl config set-context --current --namespace=dev
kubectl config view --minify -o jsonpath='{..namespace}'
echo
kubectl create deployment web --image=nginx
kubectl get deployments
kubectl get deployments -n default
kubectl config set-context prod --cluster=kubernetes --user=kubernetes-admin --namespace=default
kubectl config get-contexts
kubectl get deployments --context prod
kubectl get deployments --context nope
kubectl config use-context prod
kubectl config current-context
kubectl get deployments
kubectl config use-context nope
kubectl config rename-context prod production
kubectl config get-contexts -o name
kubectl config get-contexts production nope
kubectl config get-clusters
kubectl config get-users
kubectl config view -o json
kubectl config delete-context production
kubectl get pods
kubectl config use-context kubernetes-admin@kubernetes
kubectl config set-context --current --namespace=
kubectl get deployments
kubectl config set-context
kubectl config use-context
kubectl config bogus
