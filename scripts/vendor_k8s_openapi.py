#!/usr/bin/env python3
"""Rebuilds vendor/k8s-openapi from the registry copy of k8s-openapi 0.29.0 (v1_34 only).

Why: k8s-openapi's structs hold every optional sub-struct inline, so an `Option<Probe>` costs its
full size even when absent. A running pod deep-copied to 12.9 KB, of which ~9 KB was the inline
space of absent fields (a `Volume` alone is 3 KB: ~30 volume sources, one of them set). At the
Kubernetes scale envelope (150,000 pods) that is gigabytes. This script keeps the generated code
and changes only field types: an optional struct field is boxed (`Option<Box<T>>`, one pointer
when absent) when

  * it is one of the alternatives of a union-like struct (six or more optional struct fields, as
    Volume, VolumeSource, VolumeProjection, ProbeHandler, ContainerState), or
  * the struct it holds is still 100 bytes or more after the first rule.

`spec`, `status`, `template` and `metadata` stay inline (always present). It also drops the other
Kubernetes versions, the doc comments and the schemars impls (not used), which keeps the vendored
tree small. Usage: python3 scripts/vendor_k8s_openapi.py [path/to/k8s-openapi-0.29.0]
"""
import glob, os, re, shutil, sys

here = os.path.dirname(os.path.abspath(__file__))
dst = os.path.join(here, '..', 'vendor', 'k8s-openapi')
src = sys.argv[1] if len(sys.argv) > 1 else glob.glob(os.path.expanduser('~/.cargo/registry/src/*/k8s-openapi-0.29.0'))[0]
VERSION = 'v1_34'
SKIP = {'spec', 'status', 'template', 'metadata', 'details'}

def strip(text):
    i = text.find('#[cfg(feature = "schemars")]')
    if i >= 0:
        text = text[:i].rstrip() + '\n'
    return '\n'.join(l for l in text.split('\n') if not l.strip().startswith('///')) 

files = {}
for f in glob.glob(os.path.join(src, 'src', VERSION, '**', '*.rs'), recursive=True):
    files[os.path.relpath(f, os.path.join(src, 'src'))] = strip(open(f).read())

# struct name -> (file, [(field, type)])
structs = {}
for rel, text in files.items():
    mod = 'crate::' + '::'.join(rel[len(VERSION) + 1:-3].split('/')[:-1])
    for m in re.finditer(r'pub struct (\w+) \{(.*?)\n\}', text, re.S):
        structs[mod + '::' + m.group(1)] = (rel, re.findall(r'\n    pub (\w+): (.+?),\n', m.group(2) + '\n'))

PRIM = {'bool': 1, 'i32': 4, 'i64': 8, 'f64': 8, 'std::string::String': 24, 'crate::serde_json::Value': 32}
boxed = set()  # (struct, field)

def size(t, seen=()):
    t = t.strip()
    if t in PRIM:
        return PRIM[t]
    if t.startswith('Option<'):
        inner = t[7:-1]
        return {'bool': 1, 'i32': 8, 'i64': 16, 'f64': 16}.get(inner) or size(inner, seen)
    if t.startswith(('std::vec::Vec<', 'std::collections::BTreeMap<')):
        return 24
    if t in structs and t not in seen:
        return max(8, sum(8 if (t, f) in boxed else size(ft, seen + (t,)) for f, ft in structs[t][1]))
    return 24

def optional_structs(name):
    return [(f, ft[7:-1]) for f, ft in structs[name][1] if ft.startswith('Option<crate::') and ft[7:-1] in structs and f not in SKIP]

for name in structs:
    opts = optional_structs(name)
    if len(opts) >= 6:
        boxed.update((name, f) for f, t in opts if size(t) >= 40)
for name in structs:
    boxed.update((name, f) for f, t in optional_structs(name) if size(t) >= 100)

for name, field in boxed:
    rel, fields = structs[name]
    t = dict(fields)[field]
    inner = t[7:-1]
    text = files[rel]
    text = text.replace(f'\n    pub {field}: {t},\n', f'\n    pub {field}: Option<std::boxed::Box<{inner}>>,\n', 1)
    text = text.replace(f'let mut value_{field}: {t} = None;', f'let mut value_{field}: Option<std::boxed::Box<{inner}>> = None;', 1)
    files[rel] = text

shutil.rmtree(dst, ignore_errors=True)
os.makedirs(os.path.join(dst, 'src'))
for rel, text in files.items():
    os.makedirs(os.path.dirname(os.path.join(dst, 'src', rel)), exist_ok=True)
    open(os.path.join(dst, 'src', rel), 'w').write(text)
for rel in ['byte_string.rs', 'deep_merge.rs', 'resource.rs']:
    shutil.copy(os.path.join(src, 'src', rel), os.path.join(dst, 'src', rel))
for rel in ['build.rs', 'LICENSE']:
    shutil.copy(os.path.join(src, rel), os.path.join(dst, rel))
lib = open(os.path.join(src, 'src', 'lib.rs')).read()
lib = '\n'.join(l for l in lib.split('\n') if 'schemars' not in l and not re.search(r'mod v1_3[35-9];|v1_3[35-9]::\*', l))
open(os.path.join(dst, 'src', 'lib.rs'), 'w').write(lib)
cargo = open(os.path.join(src, 'Cargo.toml')).read()
cargo = re.sub(r'\n\[dependencies\.schemars\][^\[]*', '\n', cargo)
cargo = re.sub(r'\nschemars = \["dep:schemars"\]', '', cargo)
cargo = re.sub(r'\n\[package\.metadata\.docs\.rs\][^\[]*', '\n', cargo)
cargo = re.sub(r'\n\[dev-dependencies[^\[]*', '\n', cargo)
cargo = '# Vendored by scripts/vendor_k8s_openapi.py: v1_34 only, large optional fields boxed.\n' + cargo
open(os.path.join(dst, 'Cargo.toml'), 'w').write(cargo)
open(os.path.join(dst, 'BOXED.txt'), 'w').write(''.join(f'{s}.{f}\n' for s, f in sorted(boxed)))
print(f'{len(files)} files, {len(boxed)} fields boxed -> {os.path.normpath(dst)}')
