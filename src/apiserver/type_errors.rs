//! Decoding errors worded as the apiserver's Go decoder words them:
//! `json: cannot unmarshal bool into Go struct field EnvVar.spec.containers.env.value of type string`.
//! The failing value is found by decoding a pretty-printed copy whose lines map to JSON paths;
//! the Go types come from serde's "expected …" texts, probing ancestors to tell structs from maps.

use crate::api::{Kind, Object};
use serde_json::Value;

#[derive(Clone, Debug, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
}

/// Pretty JSON with, for each line, the path of the value that starts on it.
struct Pretty {
    text: String,
    lines: Vec<Vec<Seg>>,
}

impl Pretty {
    fn new(v: &Value) -> Self {
        let mut p = Pretty { text: String::new(), lines: vec![Vec::new()] };
        p.value(v, &mut Vec::new());
        p
    }
    fn newline(&mut self, path: &[Seg]) {
        self.text.push('\n');
        self.lines.push(path.to_vec());
    }
    fn value(&mut self, v: &Value, path: &mut Vec<Seg>) {
        match v {
            Value::Object(m) if !m.is_empty() => {
                self.text.push('{');
                for (i, (k, child)) in m.iter().enumerate() {
                    path.push(Seg::Key(k.clone()));
                    self.newline(path);
                    self.text.push_str(&Value::String(k.clone()).to_string());
                    self.text.push_str(": ");
                    self.value(child, path);
                    path.pop();
                    if i + 1 < m.len() {
                        self.text.push(',');
                    }
                }
                self.newline(path);
                self.text.push('}');
            }
            Value::Array(a) if !a.is_empty() => {
                self.text.push('[');
                for (i, child) in a.iter().enumerate() {
                    path.push(Seg::Index(i));
                    self.newline(path);
                    self.value(child, path);
                    path.pop();
                    if i + 1 < a.len() {
                        self.text.push(',');
                    }
                }
                self.newline(path);
                self.text.push(']');
            }
            other => self.text.push_str(&other.to_string()),
        }
    }
}

fn at<'a>(v: &'a Value, path: &[Seg]) -> Option<&'a Value> {
    path.iter().try_fold(v, |cur, s| match s {
        Seg::Key(k) => cur.get(k),
        Seg::Index(i) => cur.get(*i),
    })
}

fn replaced(v: &Value, path: &[Seg], with: Value) -> Value {
    let mut out = v.clone();
    let mut cur = &mut out;
    for s in path {
        cur = match s {
            Seg::Key(k) => &mut cur[k.as_str()],
            Seg::Index(i) => &mut cur[*i],
        };
    }
    *cur = with;
    out
}

/// What serde says a value at `path` should be, found by putting a probe there.
fn expected_at(kind: Kind, doc: &Value, path: &[Seg], probe: Value) -> Option<String> {
    let err = Object::from_value(kind, replaced(doc, path, probe)).err()?.to_string();
    err.split(", expected ").nth(1).and_then(|s| s.split(" at line ").next()).map(|s| s.trim().to_string())
}

/// The Go type serde's expectation corresponds to.
fn go_type(kind: Kind, doc: &Value, path: &[Seg], expected: &str) -> String {
    match expected {
        "a string" => "string".into(),
        "a boolean" => "bool".into(),
        "i32" => "int32".into(),
        "i64" => "int64".into(),
        "f64" => "float64".into(),
        "IntOrString" => "intstr.IntOrString".into(),
        "Quantity" => "resource.Quantity".into(),
        "a timestamp string" => "v1.Time".into(),
        "a sequence" => {
            let mut p = path.to_vec();
            p.push(Seg::Index(0));
            let probe = replaced(doc, path, Value::Array(vec![Value::Bool(true)]));
            match expected_at(kind, &probe, &p, Value::Bool(true)) {
                Some(e) => format!("[]{}", go_type(kind, &probe, &p, &e)),
                None => "[]bool".into(),
            }
        }
        "a map" => {
            let mut p = path.to_vec();
            p.push(Seg::Key("k".into()));
            let probe = replaced(doc, path, crate::json!({"k": true}));
            match expected_at(kind, &probe, &p, Value::Bool(true)) {
                Some(e) => format!("map[string]{}", go_type(kind, &probe, &p, &e)),
                None => "map[string]bool".into(),
            }
        }
        other if other.chars().next().is_some_and(|c| c.is_ascii_uppercase()) => format!("v1.{}", other),
        other => other.to_string(),
    }
}

fn json_type(v: &Value, go: &str) -> String {
    match v {
        Value::String(_) => "string".into(),
        Value::Bool(_) => "bool".into(),
        Value::Array(_) => "array".into(),
        Value::Object(_) => "object".into(),
        Value::Null => "null".into(),
        Value::Number(n) => {
            if go.starts_with("int") || go.starts_with("uint") {
                format!("number {}", n)
            } else {
                "number".into()
            }
        }
    }
}

/// Go's message for a value of the wrong type in `doc`, or None if the error is of another sort.
pub fn go_message(kind: Kind, doc: &Value) -> Option<String> {
    let pretty = Pretty::new(doc);
    let err = Object::from_json_str(kind, &pretty.text).err()?;
    let msg = err.to_string();
    if !msg.starts_with("invalid type") && !msg.starts_with("invalid value") {
        return None;
    }
    let expected = msg.split(", expected ").nth(1)?.split(" at line ").next()?.trim().to_string();
    let mut path = pretty.lines.get(err.line().saturating_sub(1))?.clone();
    // serde names what it found ("invalid type: sequence, …"); the reported position can be just
    // past the value's opening bracket, so step up to the value of that type.
    let found = msg.trim_start_matches("invalid type: ").trim_start_matches("invalid value: ");
    let matches_found = |v: &Value| match v {
        Value::Array(_) => found.starts_with("sequence"),
        Value::Object(_) => found.starts_with("map"),
        Value::String(_) => found.starts_with("string"),
        Value::Bool(_) => found.starts_with("boolean"),
        Value::Number(_) => found.starts_with("integer") || found.starts_with("floating point"),
        Value::Null => found.starts_with("null"),
    };
    while !path.is_empty() && !at(doc, &path).is_some_and(matches_found) {
        path.pop();
    }
    let bad = at(doc, &path)?;
    if expected == "Quantity" {
        return Some("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'".into());
    }
    let go = go_type(kind, doc, &path, &expected);
    // The innermost struct holding the field: the nearest ancestor that is a struct, not a map.
    let mut struct_name = kind.info().kind.to_string();
    let mut field: Vec<String> = Vec::new();
    let mut skip_key = false;
    for depth in (0..path.len()).rev() {
        let parent = &path[..depth];
        match &path[depth] {
            Seg::Index(_) => continue,
            Seg::Key(_) if depth == 0 => break,
            Seg::Key(_) => {}
        }
        if parent.last().is_some_and(|s| matches!(s, Seg::Index(_))) || !parent.is_empty() {
            match expected_at(kind, doc, parent, Value::Bool(true)) {
                Some(e) if e == "a map" => {
                    if depth == path.len() - 1 {
                        skip_key = true;
                    }
                    continue;
                }
                Some(e) if e != "a sequence" => {
                    struct_name = e;
                    break;
                }
                _ => continue,
            }
        }
    }
    for (i, s) in path.iter().enumerate() {
        if let Seg::Key(k) = s {
            if skip_key && i == path.len() - 1 {
                continue;
            }
            field.push(k.clone());
        }
    }
    if field.is_empty() {
        return Some(format!("json: cannot unmarshal {} into Go value of type {}", json_type(bad, &go), go));
    }
    Some(format!("json: cannot unmarshal {} into Go struct field {}.{} of type {}", json_type(bad, &go), struct_name, field.join("."), go))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    fn pod(spec: Value) -> Value {
        json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x"}, "spec": spec})
    }

    #[test]
    fn messages_read_like_the_go_decoder() {
        let cases = [
            (pod(json!({"containers": [{"name": "c", "image": "i", "env": [{"name": "A", "value": true}]}]})),
                "json: cannot unmarshal bool into Go struct field EnvVar.spec.containers.env.value of type string"),
            (pod(json!({"containers": [{"name": "c", "ports": [{"containerPort": "80"}]}]})),
                "json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32"),
            (pod(json!({"containers": {"name": "c"}})),
                "json: cannot unmarshal object into Go struct field PodSpec.spec.containers of type []v1.Container"),
            (pod(json!({"containers": [{"name": "c", "command": "sleep 10"}]})),
                "json: cannot unmarshal string into Go struct field Container.spec.containers.command of type []string"),
            (pod(json!({"containers": [{"name": "c", "ports": [{"containerPort": 80.5}]}]})),
                "json: cannot unmarshal number 80.5 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32"),
            (json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "x", "labels": {"a": 1}}, "spec": {"containers": []}}),
                "json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string"),
            (pod(json!(0)), "json: cannot unmarshal number into Go struct field Pod.spec of type v1.PodSpec"),
            (pod(json!({"containers": [], "affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [{"weight": 5}]}}})),
                "json: cannot unmarshal array into Go struct field NodeAffinity.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution of type v1.NodeSelector"),
        ];
        for (doc, want) in cases {
            assert_eq!(go_message(Kind::Pod, &doc).as_deref(), Some(want), "{}", doc);
        }
        let d = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x"}, "spec": {"replicas": "3", "selector": {}, "template": {}}});
        assert_eq!(go_message(Kind::Deployment, &d).as_deref(), Some("json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32"));
        let q = pod(json!({"containers": [{"name": "c", "resources": {"limits": {"cpu": true}}}]}));
        assert!(go_message(Kind::Pod, &q).unwrap().starts_with("quantities must match the regular expression"));
    }
}
