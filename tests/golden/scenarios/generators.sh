# kubectl create's generators for jobs and RBAC: a Job from an image and a command runs to
# completion; a CronJob, and a Job made from it by hand (owned by it, marked manual); a Role
# and a RoleBinding that let a user read pods (auth can-i before and after); their checks;
# a ResourceQuota, a PriorityClass, a PodDisruptionBudget and a registry Secret.
kubectl create job hello --image=busybox:1.36 -- echo hello from a job
kubeplay wait 20s
kubectl get jobs
kubectl logs job/hello
kubectl create cronjob tick --image=busybox:1.36 --schedule='*/5 * * * *' -- date
kubectl create job tick-now --from=cronjob/tick
kubectl get job tick-now -o jsonpath='{.metadata.annotations}{"\n"}{.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name}{"\n"}'
kubectl create job broken --from=deployment/nope
kubectl create job twice --image=busybox --from=cronjob/tick
kubectl auth can-i list pods --as=jane
kubectl create role pod-reader --verb=get,list,watch --resource=pods,pods/log
kubectl create rolebinding jane-reads --role=pod-reader --user=jane
kubectl auth can-i list pods --as=jane
kubectl auth can-i delete pods --as=jane
kubectl get role pod-reader -o yaml
kubectl create clusterrole node-reader --verb=get --resource=nodes --non-resource-url=/healthz --dry-run=client -o yaml
kubectl create clusterrolebinding ops --clusterrole=view --group=ops --serviceaccount=default:default
kubectl create role bad --verb=get --resource=widgets
kubectl create role bad --verb=use --resource=pods
kubectl create rolebinding bad --role=a --clusterrole=b
kubectl create cronjob bad --image=busybox --schedule=sometimes
# quota, priorityclass, poddisruptionbudget and secret docker-registry
kubectl create quota compute --hard=cpu=2,memory=2Gi,pods=4
kubectl create quota compute --hard=pods=2
kubectl create quota best --hard=pods=10 --scopes=BestEffort --dry-run=client -o yaml
kubectl create quota bad --hard=cpu
kubectl create priorityclass high --value=1000 --description="for the important things"
kubectl create priorityclass default-prio --value=10 --global-default --preemption-policy=Never --dry-run=client -o yaml
kubectl create priorityclass bad --value=x
kubectl create pdb web-pdb --selector=app=web --min-available=1
kubectl create pdb half --selector='tier in (front,back),!legacy' --max-unavailable=50% --dry-run=client -o yaml
kubectl create pdb bad --selector=app=web
kubectl create secret docker-registry regcred --docker-server=registry.example.com --docker-username=learner --docker-password=s3cret --docker-email=me@example.com
kubectl get secret regcred -o jsonpath='{.data.\.dockerconfigjson}' | base64 -d
kubectl create secret docker-registry nocreds --docker-username=learner
kubeplay wait 5s
kubectl get quota,pdb
kubectl describe quota compute
