//! Request bodies in Kubernetes' protobuf encoding, read into the JSON the apiserver handler
//! takes. client-go's typed clients send protobuf since v1.31, so kubectl v1.33 creates
//! (`kubectl create deployment`), evicts (`kubectl drain`) and reviews access (`kubectl auth
//! can-i`) that way. A body is the magic `k8s\0` and a `runtime.Unknown` holding the object's
//! apiVersion and kind and its bytes; the fields are read by the schema in `proto_schema.txt`
//! (generated from kubectl's own descriptors by `scripts/proto_schema.py`).
//!
//! The JSON is what Go's encoding/json would write for the object protobuf decoded into: a
//! field Go holds by value is dropped when it is zero (as `omitempty` drops it, and a zero is
//! what an absent field decodes to), one it holds by pointer is kept, and the apimachinery types
//! with their own JSON (Time, MicroTime, Duration, Quantity, IntOrString, RawExtension,
//! FieldsV1) are written as their JSON forms.

use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::sync::OnceLock;

pub const MEDIA_TYPE: &str = "application/vnd.kubernetes.protobuf";

#[derive(Clone, Copy, PartialEq)]
enum Ty {
    Str,
    Bool,
    Num,
    Float,
    Bytes,
    Msg(&'static str),
}

struct Field {
    json: &'static str,
    ty: Ty,
    repeated: bool,
    map: bool,
    /// Held by pointer in Go: a zero value is kept.
    pointer: bool,
    /// A struct embedded `json:",inline"`: its fields are the parent's.
    inline: bool,
}

type Schema = BTreeMap<&'static str, BTreeMap<u64, Field>>;

fn schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let mut s = Schema::new();
        for line in include_str!("proto_schema.txt").lines().filter(|l| !l.starts_with('#')) {
            let mut words = line.split(' ');
            let Some(name) = words.next() else { continue };
            let fields = words
                .filter_map(|w| {
                    let mut parts = w.splitn(3, ':');
                    let (num, json, t) = (parts.next()?.parse().ok()?, parts.next()?, parts.next()?);
                    let (t, pointer) = t.strip_suffix('?').map_or((t, false), |t| (t, true));
                    let (t, repeated) = t.strip_prefix("[]").map_or((t, false), |t| (t, true));
                    let (t, map) = t.strip_prefix('{').and_then(|t| t.strip_suffix('}')).map_or((t, false), |t| (t, true));
                    let (t, inline) = t.strip_prefix('^').map_or((t, false), |t| (t, true));
                    let ty = match t {
                        "s" => Ty::Str,
                        "b" => Ty::Bool,
                        "n" => Ty::Num,
                        "f" => Ty::Float,
                        "y" => Ty::Bytes,
                        m => Ty::Msg(m),
                    };
                    Some((num, Field { json, ty, repeated, map, pointer, inline }))
                })
                .collect();
            s.insert(name, fields);
        }
        s
    })
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn varint(&mut self) -> Result<u64, String> {
        let mut r = 0u64;
        for shift in (0..64).step_by(7) {
            let x = *self.b.get(self.i).ok_or("unexpected EOF")?;
            self.i += 1;
            r |= ((x & 0x7F) as u64) << shift;
            if x < 0x80 {
                return Ok(r);
            }
        }
        Err("proto: integer overflow".into())
    }
    fn bytes(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.i.checked_add(n).filter(|e| *e <= self.b.len()).ok_or("unexpected EOF")?;
        let out = &self.b[self.i..end];
        self.i = end;
        Ok(out)
    }
    /// The next field: its number, wire type and (for length-delimited fields) bytes or
    /// (otherwise) the raw value.
    fn field(&mut self) -> Result<(u64, u64, &'a [u8], u64), String> {
        let key = self.varint()?;
        let (num, wire) = (key >> 3, key & 7);
        match wire {
            0 => Ok((num, wire, &[], self.varint()?)),
            1 => Ok((num, wire, self.bytes(8)?, 0)),
            5 => Ok((num, wire, self.bytes(4)?, 0)),
            2 => {
                let n = self.varint()? as usize;
                Ok((num, wire, self.bytes(n)?, 0))
            }
            w => Err(format!("proto: illegal wireType {}", w)),
        }
    }
}


/// `2026-01-05T09:00:05Z`, with `micros` digits of fraction when given.
fn time(seconds: i64, micros: Option<u32>) -> String {
    let (y, m, d) = kubeplay::api::timefmt::civil_from_days(seconds.div_euclid(86_400));
    let rem = seconds.rem_euclid(86_400);
    let frac = micros.map(|u| format!(".{:06}", u)).unwrap_or_default();
    format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}Z", y, m, d, rem / 3600, rem / 60 % 60, rem % 60, frac)
}

/// Go's `time.Duration.String()`.
fn duration(nanos: i64) -> String {
    if nanos == 0 {
        return "0s".into();
    }
    let sign = if nanos < 0 { "-" } else { "" };
    let n = nanos.unsigned_abs();
    if n < 1_000_000_000 {
        let (unit, div) = if n < 1_000 { ("ns", 1) } else if n < 1_000_000 { ("µs", 1_000) } else { ("ms", 1_000_000) };
        let whole = n / div;
        let frac = format!("{:0w$}", n % div, w = (div as f64).log10() as usize);
        let frac = frac.trim_end_matches('0');
        return if frac.is_empty() { format!("{}{}{}", sign, whole, unit) } else { format!("{}{}.{}{}", sign, whole, frac, unit) };
    }
    let secs = n / 1_000_000_000;
    let frac = format!("{:09}", n % 1_000_000_000);
    let frac = frac.trim_end_matches('0');
    let s = if frac.is_empty() { format!("{}s", secs % 60) } else { format!("{}.{}s", secs % 60, frac) };
    match (secs / 3600, secs / 60 % 60) {
        (0, 0) => format!("{}{}", sign, s),
        (0, m) => format!("{}{}m{}", sign, m, s),
        (h, m) => format!("{}{}h{}m{}", sign, h, m, s),
    }
}

/// A scalar field's value (None: Go's zero for a field held by value, which JSON omits).
fn scalar(f: &Field, wire: u64, bytes: &[u8], v: u64) -> Result<Option<Value>, String> {
    let value = match (f.ty, wire) {
        (Ty::Str, 2) => Value::String(String::from_utf8_lossy(bytes).into_owned()),
        (Ty::Bytes, 2) => Value::String(super::base64(bytes)),
        (Ty::Bool, 0) => Value::Bool(v != 0),
        (Ty::Num, 0) => Value::from(v as i64),
        (Ty::Float, 1) => serde_json::Number::from_f64(f64::from_le_bytes(bytes.try_into().map_err(|_| "bad double")?)).map_or(Value::Null, Value::Number),
        (Ty::Float, 5) => serde_json::Number::from_f64(f32::from_le_bytes(bytes.try_into().map_err(|_| "bad float")?) as f64).map_or(Value::Null, Value::Number),
        _ => return Err(format!("proto: wrong wireType = {} for field {}", wire, f.json)),
    };
    let zero = match &value {
        Value::String(s) => s.is_empty(),
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        _ => false,
    };
    Ok((f.pointer || f.repeated || f.map || !zero).then_some(value))
}

/// A message's JSON (None: a zero Time, which JSON writes as null).
fn message(name: &str, b: &[u8]) -> Result<Option<Value>, String> {
    let mut r = Reader { b, i: 0 };
    let mut raw: BTreeMap<u64, (u64, &[u8])> = BTreeMap::new();
    match name {
        "meta.v1.Time" | "meta.v1.MicroTime" | "meta.v1.Duration" | "IntOrString" | "Quantity" | "RawExtension" | "meta.v1.FieldsV1" => {
            while r.i < b.len() {
                let (num, _, bytes, v) = r.field()?;
                raw.insert(num, (v, bytes));
            }
            let int = |n: u64| raw.get(&n).map_or(0, |x| x.0 as i64);
            let text = |n: u64| raw.get(&n).map_or(String::new(), |x| String::from_utf8_lossy(x.1).into_owned());
            return Ok(match name {
                "meta.v1.Time" if b.is_empty() => None,
                // Only whole seconds survive (apimachinery's Time drops the nanoseconds).
                "meta.v1.Time" => Some(Value::String(time(int(1), None))),
                "meta.v1.MicroTime" if b.is_empty() => None,
                "meta.v1.MicroTime" => Some(Value::String(time(int(1), Some((int(2) as u32) / 1000)))),
                "meta.v1.Duration" => Some(Value::String(duration(int(1)))),
                "IntOrString" if int(1) == 1 => Some(Value::String(text(3))),
                "IntOrString" => Some(Value::from(int(2) as i32)),
                "Quantity" => Some(Value::String(text(1))),
                // RawExtension and FieldsV1 hold JSON.
                _ => Some(serde_json::from_slice(raw.get(&1).map_or(&b"null"[..], |x| x.1)).unwrap_or(Value::Null)),
            });
        }
        _ => {}
    }
    let fields = schema().get(name).ok_or_else(|| format!("no protobuf schema for {}", name))?;
    let mut out = Map::new();
    while r.i < b.len() {
        let (num, wire, bytes, v) = r.field()?;
        // Unknown fields are skipped, as Go's generated Unmarshal skips them.
        let Some(f) = fields.get(&num) else { continue };
        if f.map {
            let mut entry = Reader { b: bytes, i: 0 };
            let (mut key, mut value) = (String::new(), None);
            while entry.i < bytes.len() {
                let (n, w, eb, ev) = entry.field()?;
                match n {
                    1 => key = String::from_utf8_lossy(eb).into_owned(),
                    2 => {
                        value = match f.ty {
                            Ty::Msg(m) => message(m, eb)?,
                            _ => scalar(f, w, eb, ev)?,
                        }
                    }
                    _ => {}
                }
            }
            let value = value.unwrap_or_else(|| match f.ty {
                Ty::Msg("Quantity") | Ty::Str | Ty::Bytes => Value::String(String::new()),
                _ => Value::Null,
            });
            let slot = out.entry(f.json).or_insert_with(|| Value::Object(Map::new()));
            if let Some(m) = slot.as_object_mut() {
                m.insert(key, value);
            }
            continue;
        }
        let values: Vec<Value> = match f.ty {
            Ty::Msg(m) => message(m, bytes)?.into_iter().collect(),
            // A packed repeated scalar: many values in one length-delimited field.
            Ty::Num | Ty::Bool if wire == 2 => {
                let mut p = Reader { b: bytes, i: 0 };
                let mut vs = Vec::new();
                while p.i < bytes.len() {
                    vs.extend(scalar(f, 0, &[], p.varint()?)?);
                }
                vs
            }
            _ => scalar(f, wire, bytes, v)?.into_iter().collect(),
        };
        if f.inline {
            for v in values {
                if let Value::Object(m) = v {
                    out.extend(m);
                }
            }
        } else if f.repeated {
            let slot = out.entry(f.json).or_insert_with(|| Value::Array(Vec::new()));
            if let Some(a) = slot.as_array_mut() {
                a.extend(values);
            }
        } else if let Some(v) = values.into_iter().last() {
            out.insert(f.json.to_string(), v);
        }
    }
    Ok(Some(Value::Object(out)))
}

/// The schema's name for a kind of an API version: `apps/v1` Deployment is
/// `apps.v1.Deployment`, `rbac.authorization.k8s.io/v1` Role `rbac.v1.Role`, core `v1` Pod
/// `core.v1.Pod`; options every group shares (DeleteOptions) are `meta.v1`'s.
fn message_name(api_version: &str, kind: &str) -> String {
    let (group, version) = api_version.split_once('/').unwrap_or(("core", api_version));
    let group = group.split('.').next().unwrap_or(group);
    let name = format!("{}.{}.{}", group, version, kind);
    if schema().contains_key(name.as_str()) {
        name
    } else {
        format!("meta.v1.{}", kind)
    }
}

/// A protobuf request body as JSON text.
pub fn to_json(body: &[u8]) -> Result<String, String> {
    let rest = body.strip_prefix(b"k8s\0").ok_or("provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]")?;
    let mut r = Reader { b: rest, i: 0 };
    let (mut api_version, mut kind, mut raw) = (String::new(), String::new(), &[][..]);
    while r.i < rest.len() {
        let (num, _, bytes, _) = r.field()?;
        match num {
            1 => {
                let mut t = Reader { b: bytes, i: 0 };
                while t.i < bytes.len() {
                    let (n, _, tb, _) = t.field()?;
                    match n {
                        1 => api_version = String::from_utf8_lossy(tb).into_owned(),
                        2 => kind = String::from_utf8_lossy(tb).into_owned(),
                        _ => {}
                    }
                }
            }
            2 => raw = bytes,
            _ => {}
        }
    }
    let mut obj = match message(&message_name(&api_version, &kind), raw)? {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    obj.insert("apiVersion".into(), Value::String(api_version));
    obj.insert("kind".into(), Value::String(kind));
    Ok(Value::Object(obj).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(num: u64, wire: u64, payload: &[u8]) -> Vec<u8> {
        let mut out = vec![(num << 3 | wire) as u8];
        if wire == 2 {
            out.push(payload.len() as u8);
        }
        out.extend_from_slice(payload);
        out
    }

    #[test]
    fn a_deployment_reads_as_go_would_write_its_json() {
        // metadata{name: "web", labels{app: web}}, spec{replicas: 0, minReadySeconds: 0,
        // selector{}, template{metadata{creationTimestamp: zero}}, paused: false}.
        let label = [field(1, 2, b"app"), field(2, 2, b"web")].concat();
        let meta = [field(1, 2, b"web"), field(2, 2, b""), field(11, 2, &label), field(8, 2, b"")].concat();
        let tmeta = [field(8, 2, b"")].concat();
        let template = field(1, 2, &tmeta);
        let spec = [field(1, 0, &[0]), field(2, 2, b""), field(3, 2, &template), field(5, 0, &[0]), field(7, 0, &[0])].concat();
        let deployment = [field(1, 2, &meta), field(2, 2, &spec)].concat();
        let type_meta = [field(1, 2, b"apps/v1"), field(2, 2, b"Deployment")].concat();
        let body = [&b"k8s\0"[..], &field(1, 2, &type_meta), &field(2, 2, &deployment)].concat();
        let v: Value = serde_json::from_str(&to_json(&body).unwrap()).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "labels": {"app": "web"}},
                "spec": {"replicas": 0, "selector": {}, "template": {"metadata": {}}}})
        );
    }

    #[test]
    fn apimachinerys_own_json_forms() {
        assert_eq!(time(1_767_603_605, None), "2026-01-05T09:00:05Z");
        assert_eq!(duration(90_000_000_000), "1m30s");
        assert_eq!(duration(1_500_000), "1.5ms");
        assert_eq!(message("IntOrString", &[field(1, 0, &[1]), field(3, 2, b"25%")].concat()).unwrap(), Some(Value::from("25%")));
        assert_eq!(message("IntOrString", &field(2, 0, &[80])).unwrap(), Some(Value::from(80)));
        assert_eq!(message("meta.v1.Time", &field(1, 0, &[0x95, 0xfb, 0xed, 0xca, 0x06])).unwrap(), Some(Value::from(time(1_767_603_605, None))));
        assert!(to_json(b"{}").is_err());
    }
}
