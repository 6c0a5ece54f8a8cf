# kubectl edit: the editor is standard input here (a pipe or a heredoc; the page opens its
# editor pane). A saved change is patched; an invalid one is kept in /tmp with the reasons;
# saving the file unchanged cancels the edit.
kubectl create deployment web --image=nginx
kubectl create configmap settings --from-literal=color=blue
kubectl get deployment web -o yaml | sed 's/replicas: 1$/replicas: 3/' | kubectl edit deployment web
kubectl get deployment web -o jsonpath='{.spec.replicas}{"\n"}'
kubectl get deployment web -o yaml | sed 's/replicas: 3$/replicas: -1/' | kubectl edit deployment web; echo "exit $?"
kubectl edit deployment web; echo "exit $?"
kubectl get configmap settings -o yaml | sed 's/blue/green/; s/name: settings/name: other/' | kubectl edit cm/settings; echo "exit $?"
kubectl get configmap settings -o yaml | sed 's/blue/green/' | kubectl edit configmap settings --output-patch
kubectl get configmap settings -o jsonpath='{.data.color}{"\n"}'
kubectl edit configmap missing; echo "exit $?"
kubectl edit configmap settings -o wide; echo "exit $?"
ls /tmp/kubectl-edit-*
