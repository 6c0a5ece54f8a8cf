#!/usr/bin/env python3
"""Reduces the structured-merge-diff schema table to what the page needs.

    python3 scripts/smd_schema.py     # scripts/smd_schema_full.txt -> src/apiserver/fields/schema.txt

smd_schema_full.txt is Kubernetes' schema for its built-in types (client-go's
applyconfigurations/internal, a copy slightly newer than v1.34), restricted to the types the
served kinds reach, in the format src/apiserver/fields/schema.rs describes; the in-tree cloud
volume sources and alpha scheduling types are left out of it.

The field manager reads a struct's field that the table does not list as untyped with struct
fields below it: maps merge entry by entry, lists are atomic, scalars are leaves. So a field
merges the same whether listed or not when it is a scalar, an atomic list, or a struct whose
own fields are all such ("plain"), and it is not present in a zero object (`=0`). Those
fields, and the plain types, are left out. The native test
`reduced_schema_merges_as_the_full_one` checks the two tables give the same field sets for the
corpus manifests.
"""
import re
import sys

ROOTS = {f"core.v1.{k}" for k in "Namespace Node PersistentVolumeClaim PersistentVolume Pod ReplicationController ResourceQuota Service ConfigMap Endpoints Event LimitRange Secret ServiceAccount".split()}
ROOTS |= {f"apps.v1.{k}" for k in "DaemonSet Deployment ReplicaSet StatefulSet ControllerRevision".split()}
ROOTS |= {"autoscaling.v2.HorizontalPodAutoscaler", "autoscaling.v1.HorizontalPodAutoscaler", "autoscaling.v1.Scale", "batch.v1.CronJob", "batch.v1.Job",
          "networking.v1.Ingress", "networking.v1.IngressClass", "networking.v1.NetworkPolicy", "policy.v1.PodDisruptionBudget", "coordination.v1.Lease",
          "discovery.v1.EndpointSlice", "rbac.v1.ClusterRoleBinding", "rbac.v1.ClusterRole", "rbac.v1.RoleBinding", "rbac.v1.Role",
          "scheduling.v1.PriorityClass", "storage.v1.StorageClass"}


def main():
    src = "scripts/smd_schema_full.txt"
    lines = [l for l in open(src).read().split("\n") if l.strip() and not l.startswith("#")]
    types, order = {}, []
    for l in lines:
        toks = l.split()
        name = toks[0].rstrip("!")
        types[name] = {"atomic": toks[0].endswith("!"), "raw": toks[0], "fields": toks[1:]}
        order.append(name)
    plain, visiting = {}, set()

    def scalar_type(n):
        t = types.get(n)
        return t is not None and bool(t["fields"]) and t["fields"][0].startswith("=")

    def droppable(tok):
        if tok.startswith("="):
            return False
        _, _, ty = tok.partition(":")
        if ty.endswith("=0") or ty in ("U", "D") or ty.endswith("~g"):
            return False
        if ty == "s" or ty.startswith("[]"):
            return True
        if ty.startswith("[") or ty.startswith("{"):
            return False
        if scalar_type(ty):
            return True
        return ty in types and is_plain(ty)

    def is_plain(n):
        if n in plain:
            return plain[n]
        if n in visiting:
            return False
        visiting.add(n)
        t = types[n]
        r = not t["atomic"] and not scalar_type(n) and all(droppable(f) for f in t["fields"])
        visiting.discard(n)
        plain[n] = r
        return r

    out = []
    for n in order:
        if n not in ROOTS and n not in ("U", "D") and is_plain(n):
            continue
        t = types[n]
        kept = sorted((f for f in t["fields"] if not droppable(f)), key=lambda f: f.partition(":")[0])
        out.append(" ".join([t["raw"]] + kept))
    # Sorted by type name, fields by name: the reader takes them so, without sorting.
    out.sort(key=lambda l: l.split()[0].rstrip("!"))
    open("src/apiserver/fields/schema.txt", "w").write("\n".join(out) + "\n")
    print(f"{len(order)} types -> {len(out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
