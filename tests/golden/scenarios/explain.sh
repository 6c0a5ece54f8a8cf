# kubectl explain reads the group-version's /openapi/v3 document (kube-apiserver v1.34's schemas
# for every kind kubeplay serves) and prints it through upstream's plaintext template: a
# resource, a field path through arrays and references, the recursive outline, an older API
# version, and the errors.
kubectl explain pods
kubectl explain pod.spec.containers.livenessProbe
kubectl explain deploy.spec.strategy --recursive
kubectl explain svc.spec.ports.targetPort
kubectl explain hpa.spec --api-version=autoscaling/v1
kubectl explain pod.spec.containers.resources.limits
kubectl explain pod.spec.nope
kubectl explain nope
kubectl explain
kubectl explain pods svc
