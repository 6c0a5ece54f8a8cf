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


# A `crate::json::Json` impl beside each generated struct's serde impls (see src/json.rs, which is
# hand-written and kept): the same field names, defaults and order, in a fraction of the code.
SER_REQ = re.compile(r'crate::serde::ser::SerializeStruct::serialize_field\(&mut state, "([^"]+)", &self\.(\w+)\)\?;$')
SER_OPT = re.compile(r'if let Some\(value\) = &self\.(\w+) \{$')
SER_OPT_FIELD = re.compile(r'crate::serde::ser::SerializeStruct::serialize_field\(&mut state, "([^"]+)", value\)\?;$')
SER_RES = re.compile(r'crate::serde::ser::SerializeStruct::serialize_field\(&mut state, "(apiVersion|kind)", <Self as crate::Resource>::(API_VERSION|KIND)\)\?;$')

def json_impl(name, text):
    de = re.search(r"impl<'de> crate::serde::Deserialize<'de> for " + name + r" \{\n(.*?)\n\}\n", text, re.S)
    ser = re.search(r'impl crate::serde::Serialize for ' + name + r' \{\n(.*?)\n\}\n', text, re.S)
    derive = re.search(r'#\[derive\(([^)]*)\)\]\npub struct ' + name + r' \{', text)
    if not de or not ser or not derive or 'fn visit_map' not in de.group(1):
        return None
    de, ser = de.group(1), ser.group(1)
    # Without `Default` (a required field of a type with no default, as Condition's time), the
    # fields are collected as serde's visitor collects them, and a missing one is an error.
    locals = None
    if 'Default' not in derive.group(1):
        visit = de.split('fn visit_map', 1)[1]
        lets = re.findall(r'\n\s*(let mut value_\w+: .+ = None;)', visit)
        build = re.search(r'\n(\s*)Ok\(' + name + r' \{\n(.*?)\n\1\}\)', visit, re.S)
        if not build:
            return None
        fields = [l.strip() for l in build.group(2).split('\n')]
        fields = [re.sub(r'value_(\w+)\.ok_or_else\(\|\| crate::serde::de::Error::missing_field\(("[^"]+")\)\)\?', r'value_\1.ok_or_else(|| d.missing(\2))?', f) for f in fields]
        locals = (lets, fields)
    keys = re.findall(r'"([^"]+)" => Field::Key_(\w+),', de)
    arms = re.findall(r'Field::Key_(\w+) => (.*)', de.split('fn visit_map', 1)[1])
    expecting = [e for e in re.findall(r'f\.write_str\(([^)]*\)?)\)', de) if e != '"field identifier"']
    if len(expecting) != 1:
        return None
    exp = expecting[0].replace('Self::Value', 'Self')
    decode, dec_rows, enc_rows = [], [], []
    for i, (key, field) in enumerate(keys):
        arm = dict(arms).get(field, '')
        if field in ('api_version', 'kind') and arm == '{':
            const = 'API_VERSION' if field == 'api_version' else 'KIND'
            decode.append(f'{i} => d.expect_str(<Self as crate::Resource>::{const}),')
            dec_rows.append((key, field, 'res'))
        elif arm == f'value_{field} = crate::serde::de::MapAccess::next_value(&mut map)?,':
            decode.append(f'{i} => d.field(&mut {"value_" if locals else "r."}{field}),')
            dec_rows.append((key, field, 'field'))
        elif locals and arm == f'value_{field} = Some(crate::serde::de::MapAccess::next_value(&mut map)?),':
            decode.append(f'{i} => d.some(&mut value_{field}),')
        else:
            return None
    body = ser.split(')?;\n', 1)[1].strip().split('\n')
    encode, j = [], 0
    while j < len(body):
        line = body[j].strip()
        if m := SER_RES.match(line):
            encode.append(f'e.key("{m.group(1)}"); e.str(<Self as crate::Resource>::{m.group(2)});')
            enc_rows.append((m.group(1), 'api_version' if m.group(1) == 'apiVersion' else 'kind', 'res'))
        elif m := SER_REQ.match(line):
            encode.append(f'e.field("{m.group(1)}", &self.{m.group(2)});')
            enc_rows.append((m.group(1), m.group(2), 'req'))
        elif (m := SER_OPT.match(line)) and j + 2 < len(body) and (k := SER_OPT_FIELD.match(body[j + 1].strip())) and body[j + 2].strip() == '}':
            encode.append(f'e.opt("{k.group(1)}", &self.{m.group(1)});')
            enc_rows.append((k.group(1), m.group(1), 'opt'))
            j += 2
        elif line == 'crate::serde::ser::SerializeStruct::end(state)':
            break
        else:
            return None
        j += 1
    if not locals and [(k, f) for k, f, _ in dec_rows] == [(k, f) for k, f, _ in enc_rows] and \
            all((d == 'res') == (e == 'res') for (_, _, d), (_, _, e) in zip(dec_rows, enc_rows)):
        return table_impl(name, exp, enc_rows)
    names = ', '.join(f'"{k}"' for k, _ in keys)
    decode = '\n'.join('            ' + l for l in decode)
    encode = '\n'.join('        ' + l for l in encode)
    if locals:
        start = '\n'.join('        ' + l for l in locals[0])
        finish = 'Ok(Self {\n' + '\n'.join('            ' + l for l in locals[1]) + '\n        })'
    else:
        start, finish = '        let mut r = <Self as Default>::default();', 'Ok(r)'
    return f"""
impl crate::json::Json for {name} {{
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {{
{start}
        d.fields({exp}, &[{names}], &mut |d, i| match i {{
{decode}
            _ => Ok(()),
        }})?;
        {finish}
    }}
    fn encode(&self, e: &mut crate::json::Enc) {{
        e.begin();
{encode}
        e.end();
    }}
}}
"""

def table_impl(name, exp, rows):
    """The table-driven form (see `Field` in src/json.rs): one static row per field, in serde's
    order, which is both the decode key list and the encode order. `Clone` goes by the table
    too (`json::clone_table`; the derive drops `Clone`), which needs every field in it."""
    out = []
    for key, field, how in rows:
        if how == 'res':
            out.append(f'crate::json::Field::{field}(),')
        else:
            out.append(f'crate::json::Field::{how}("{key}", core::mem::offset_of!({name}, {field}), |s: &{name}| &s.{field}),')
    rows = '\n'.join('        ' + l for l in out)
    return f"""
#[allow(non_upper_case_globals)]
static {name}_JSON: [crate::json::Field<{name}>; {len(out)}] = unsafe {{ [
{rows}
] }};

impl crate::json::Json for {name} {{
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>({exp}, &{name}_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {{
        d.table({exp}, &{name}_JSON)
    }}
    fn encode(&self, e: &mut crate::json::Enc) {{
        e.table(&{name}_JSON, self)
    }}
}}

impl Clone for {name} {{
    #[inline(never)]
    fn clone(&self) -> Self {{
        crate::json::clone_table(&{name}_JSON, self)
    }}
}}
"""

skipped = []
for rel, text in files.items():
    for name in re.findall(r'\npub struct (\w+) \{', text):
        impl = json_impl(name, text)
        if impl is None:
            skipped.append(name)
        else:
            if f'static {name}_JSON' in impl:
                m = re.search(r'#\[derive\(([^)]*)\)\]\npub struct ' + name + r' \{\n(.*?)\n\}\n', text, re.S)
                fields = re.findall(r'^\s*pub (\w+):', m.group(2), re.M)
                assert sorted(fields) == sorted(re.findall(r'offset_of!\(' + name + r', (\w+)\)', impl)), name
                derive = ', '.join(d for d in m.group(1).split(', ') if d != 'Clone')
                text = text.replace(m.group(0), m.group(0).replace(f'#[derive({m.group(1)})]', f'#[derive({derive})]', 1), 1)
            text += impl
    files[rel] = text

keep = {rel: open(os.path.join(dst, 'src', rel)).read() for rel in ['json.rs', 'json/shape.rs']}
shutil.rmtree(dst, ignore_errors=True)
os.makedirs(os.path.join(dst, 'src'))
for rel, text in files.items():
    os.makedirs(os.path.dirname(os.path.join(dst, 'src', rel)), exist_ok=True)
    open(os.path.join(dst, 'src', rel), 'w').write(text)
for rel, text in keep.items():
    os.makedirs(os.path.dirname(os.path.join(dst, 'src', rel)), exist_ok=True)
    open(os.path.join(dst, 'src', rel), 'w').write(text)
for rel in ['byte_string.rs', 'deep_merge.rs', 'resource.rs']:
    shutil.copy(os.path.join(src, 'src', rel), os.path.join(dst, 'src', rel))
for rel in ['build.rs', 'LICENSE']:
    shutil.copy(os.path.join(src, rel), os.path.join(dst, rel))
lib = open(os.path.join(src, 'src', 'lib.rs')).read()
lib = '\n'.join(l for l in lib.split('\n') if 'schemars' not in l and not re.search(r'mod v1_3[35-9];|v1_3[35-9]::\*', l))
lib = lib.replace('\nmod _byte_string;', '\nmod _byte_string;\n\npub mod json;', 1)
open(os.path.join(dst, 'src', 'lib.rs'), 'w').write(lib)
cargo = open(os.path.join(src, 'Cargo.toml')).read()
cargo = re.sub(r'\n\[dependencies\.schemars\][^\[]*', '\n', cargo)
cargo = re.sub(r'\nschemars = \["dep:schemars"\]', '', cargo)
cargo = re.sub(r'\n\[package\.metadata\.docs\.rs\][^\[]*', '\n', cargo)
cargo = re.sub(r'\n\[dev-dependencies[^\[]*', '\n', cargo)
# json.rs reads floats with vendor/decfloat (no table of powers of five in the page).
cargo = cargo.replace('[dependencies.jiff]', '[dependencies.decfloat]\npath = "../decfloat"\n\n[dependencies.jiff]', 1)
cargo = '# Vendored by scripts/vendor_k8s_openapi.py: v1_34 only, large optional fields boxed.\n' + cargo
open(os.path.join(dst, 'Cargo.toml'), 'w').write(cargo)
open(os.path.join(dst, 'BOXED.txt'), 'w').write(''.join(f'{s}.{f}\n' for s, f in sorted(boxed)))
print(f'{len(files)} files, {len(boxed)} fields boxed -> {os.path.normpath(dst)}')
if skipped:
    print(f'no Json impl (hand-written serde, or not a plain struct): {" ".join(sorted(skipped))}')
