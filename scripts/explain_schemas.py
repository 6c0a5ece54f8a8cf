#!/usr/bin/env python3
"""Regenerates src/apiserver/schemas.txt: the OpenAPI schemas (descriptions, field types,
required fields) of every kind kubeplay serves and of the types they reach, as kube-apiserver
v1.34 publishes them under /openapi/v3. The source is the k8s-openapi crate (v1_34), which is
generated from that same specification and keeps its descriptions as doc comments; cargo
downloads it from crates.io when it is not in the registry cache yet.

    scripts/explain_schemas.py

Format, one record per line, fields split by tabs, newlines in descriptions written as \\n:
    T <definition> <type: object, string, or empty> <description>
    F <json name> <type> <1 if required> <description>
where a field's type is string, integer, number, boolean, @definition (a reference), []TYPE or
map[string]TYPE, and F lines belong to the T line above them.
"""
import glob, os, re, subprocess, sys, tempfile

VERSION = "0.26.1"
ROOTS = [
    "io.k8s.api.core.v1." + k for k in ["Namespace", "Node", "PersistentVolumeClaim", "PersistentVolume", "Pod", "ReplicationController", "ResourceQuota", "Service", "ConfigMap", "Endpoints", "Event", "LimitRange", "Secret", "ServiceAccount"]
] + ["io.k8s.api.apps.v1." + k for k in ["DaemonSet", "Deployment", "ReplicaSet", "StatefulSet", "ControllerRevision"]] + [
    "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler", "io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler",
    "io.k8s.api.batch.v1.CronJob", "io.k8s.api.batch.v1.Job",
    "io.k8s.api.networking.v1.Ingress", "io.k8s.api.networking.v1.IngressClass", "io.k8s.api.networking.v1.NetworkPolicy",
    "io.k8s.api.policy.v1.PodDisruptionBudget", "io.k8s.api.coordination.v1.Lease", "io.k8s.api.discovery.v1.EndpointSlice",
    "io.k8s.api.rbac.v1.ClusterRoleBinding", "io.k8s.api.rbac.v1.ClusterRole", "io.k8s.api.rbac.v1.RoleBinding", "io.k8s.api.rbac.v1.Role",
    "io.k8s.api.scheduling.v1.PriorityClass", "io.k8s.api.storage.v1.StorageClass",
]
# The standard descriptions of a resource's apiVersion and kind (not fields of the Rust types).
API_VERSION = "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources"
KIND = "Kind is a string value representing the REST resource this object represents. Servers may infer this from the clientside agent submitting requests. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"


NEWTYPES = {
    "io.k8s.apimachinery.pkg.apis.meta.v1.Time": "string",
    "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime": "string",
    "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1": "object",
    "io.k8s.apimachinery.pkg.runtime.RawExtension": "object",
}


def crate_source():
    found = glob.glob(os.path.expanduser(f"~/.cargo/registry/src/*/k8s-openapi-{VERSION}/src/v1_34"))
    if found:
        return found[0]
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, "Cargo.toml"), "w").write(f'[package]\nname = "fetch"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nk8s-openapi = {{ version = "={VERSION}", features = ["v1_34"] }}\n')
        os.mkdir(os.path.join(d, "src"))
        open(os.path.join(d, "src", "main.rs"), "w").write("fn main() {}\n")
        subprocess.run(["cargo", "fetch", "--quiet"], cwd=d, check=True)
    return glob.glob(os.path.expanduser(f"~/.cargo/registry/src/*/k8s-openapi-{VERSION}/src/v1_34"))[0]


def rust_type(t):
    """A Rust field type as the format's type, and whether it is required."""
    t = t.strip()
    required = not t.startswith("Option<")
    if not required:
        t = t[len("Option<"):-1]
    return convert(t), required


def convert(t):
    t = t.strip()
    if t.startswith("std::boxed::Box<"):
        return convert(t[len("std::boxed::Box<"):-1])
    if t.startswith("std::vec::Vec<") or t.startswith("Vec<"):
        return "[]" + convert(t[t.index("<") + 1:-1])
    if t.startswith("std::collections::BTreeMap<"):
        inner = t[t.index("<") + 1:-1]
        return "map[string]" + convert(inner.split(",", 1)[1])
    simple = {"String": "string", "std::string::String": "string", "i32": "integer", "i64": "integer", "f64": "number", "bool": "boolean", "crate::ByteString": "string", "crate::serde_json::Value": "object"}
    if t in simple:
        return simple[t]
    if t.startswith("crate::"):
        return "@io.k8s." + t[len("crate::"):].replace("::", ".")
    raise ValueError(f"unknown type {t}")


def parse(path):
    text = open(path).read()
    m = re.match(r"// Generated from definition (\S+)", text)
    if not m:
        return None
    name = m.group(1)
    lines = text.split("\n")
    doc, desc, fields, kind = [], None, [], ""
    keys = dict((rust, js) for js, rust in re.findall(r'"([^"]+)" => Field::Key_(\w+)', text))
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if line.startswith("///"):
            doc.append(line[3:][1:] if line[3:].startswith(" ") else line[3:])
        elif line.startswith("pub struct "):
            desc = "\n".join(doc)
            doc = []
            if line.endswith("{"):
                kind = "object"
                i += 1
                while not lines[i].startswith("}"):
                    l = lines[i].strip()
                    if l.startswith("///"):
                        doc.append(l[3:][1:] if l[3:].startswith(" ") else l[3:])
                    elif l.startswith("pub "):
                        fname, ftype = l[4:].rstrip(",").split(": ", 1)
                        ty, req = rust_type(ftype)
                        fields.append((keys.get(fname, fname), ty, req, "\n".join(doc)))
                        doc = []
                    i += 1
            else:
                # The specification's types of the wrappers (Quantity and IntOrString are
                # oneOf string or number: no type).
                kind = NEWTYPES.get(name, "")
            break
        elif line.startswith("pub enum "):
            desc = "\n".join(doc)
            kind = ""
            break
        elif not line.startswith("#") and line:
            doc = []
        i += 1
    if desc is None:
        return None
    if "impl crate::Resource for" in text:
        fields += [("apiVersion", "string", False, API_VERSION), ("kind", "string", False, KIND)]
        # k8s-openapi makes a resource's metadata non-optional; the specification does not
        # require it.
        fields = [(n, t, r and n != "metadata", d) for n, t, r, d in fields]
    fields.sort(key=lambda f: f[0])
    return name, kind, desc, fields


def main():
    src = crate_source()
    defs = {}
    for path in glob.glob(os.path.join(src, "**", "*.rs"), recursive=True):
        try:
            p = parse(path)
        except ValueError:
            # Generic helpers (WatchEvent<T>, …): no definition of the specification.
            continue
        if p:
            defs[p[0]] = p
    todo, seen = list(ROOTS), []
    while todo:
        d = todo.pop(0)
        if d in seen:
            continue
        if d not in defs:
            raise SystemExit(f"no definition {d}")
        seen.append(d)
        for _, ty, _, _ in defs[d][3]:
            ref = ty.split("@", 1)
            if len(ref) == 2:
                todo.append(ref[1])
    esc = lambda s: s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", " ")
    out = ["# kube-apiserver v1.34's OpenAPI schemas for the kinds kubeplay serves, from k8s-openapi " + VERSION + ".",
           "# Generated by scripts/explain_schemas.py; see its header for the format."]
    for d in sorted(seen):
        name, kind, desc, fields = defs[d]
        out.append("\t".join(["T", name, kind, esc(desc)]))
        for js, ty, req, fdesc in fields:
            out.append("\t".join(["F", js, ty, "1" if req else "0", esc(fdesc)]))
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "apiserver", "schemas.txt")
    open(target, "w").write("\n".join(out) + "\n")
    print(f"wrote {os.path.relpath(target)}: {len(seen)} definitions, {os.path.getsize(target):,} bytes")


if __name__ == "__main__":
    main()
