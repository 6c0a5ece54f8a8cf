//! The generic describer (`genericDescriber`) for kinds without their own (Lease, Event, …):
//! name, namespace, labels and annotations, then every field of the object as unstructured
//! content with "smart" labels (`apiVersion` → `API Version`), then the events.

use crate::api::order::Collect;
use super::events::{maybe_search, section, EventRef};
use super::format::go_value;
use super::{annotations_multiline, labels_multiline, tabbed, Client, Result, Writer};
use crate::kubectl::builder::Target;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

const SKIP: &[&str] = &[".metadata.managedFields", ".metadata.name", ".metadata.namespace", ".metadata.labels", ".metadata.annotations"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    None,
    Lower,
    Upper,
    Digit,
    Other,
}

fn class(c: char) -> Class {
    if c.is_lowercase() {
        Class::Lower
    } else if c.is_uppercase() {
        Class::Upper
    } else if c.is_numeric() {
        Class::Digit
    } else {
        Class::Other
    }
}

/// `camelcase.Split` (fatih/camelcase): runs of one character class, with the last capital of an
/// upper-case run moved to a following lower-case run (`PDFLoader` → `PDF`, `Loader`).
pub fn camel_split(src: &str) -> Vec<String> {
    let mut runs: Vec<Vec<char>> = Vec::new();
    let mut last = Class::None;
    for c in src.chars() {
        let k = class(c);
        match runs.last_mut() {
            Some(run) if k == last => run.push(c),
            _ => runs.push(vec![c]),
        }
        last = k;
    }
    for i in 0..runs.len().saturating_sub(1) {
        let upper_then_lower = runs[i].first().is_some_and(|c| c.is_uppercase()) && runs[i + 1].first().is_some_and(|c| c.is_lowercase());
        if upper_then_lower {
            if let Some(c) = runs[i].pop() {
                runs[i + 1].insert(0, c);
            }
        }
    }
    runs.into_iter().filter(|r| !r.is_empty()).map(|r| r.into_iter().collect()).collect()
}

/// `smartLabelFor`.
pub fn smart_label(field: &str) -> String {
    if field.chars().any(|c| !c.is_alphabetic() && c != '-') {
        return field.to_string();
    }
    let acronyms = ["API", "URL", "UID", "OSB", "GUID"];
    camel_split(field)
        .into_iter()
        .filter(|p| p != "_")
        .map(|p| {
            let upper = p.to_ascii_uppercase();
            if acronyms.contains(&upper.as_str()) {
                upper
            } else {
                let mut cs = p.chars();
                match cs.next() {
                    Some(f) => f.to_ascii_uppercase().to_string() + cs.as_str(),
                    None => String::new(),
                }
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `printUnstructuredContent`.
fn unstructured(w: &mut Writer, level: usize, content: &Map<String, Value>, prefix: &str) {
    // A `serde_json::Map` is a `BTreeMap` (no `preserve_order`): it iterates in key order.
    for (field, value) in content {
        let expr = format!("{}.{}", prefix, field);
        if SKIP.contains(&expr.as_str()) {
            continue;
        }
        match value {
            Value::Object(m) => {
                w.fmt(level, format_args!("{}:\n", smart_label(field)));
                unstructured(w, level + 1, m, &expr);
            }
            Value::Array(items) => {
                w.fmt(level, format_args!("{}:\n", smart_label(field)));
                for item in items {
                    match item {
                        Value::Object(m) => unstructured(w, level + 1, m, &expr),
                        other => w.fmt(level + 1, format_args!("{}\n", go_value(other))),
                    }
                }
            }
            other => w.fmt(level, format_args!("{}:\t{}\n", smart_label(field), go_value(other))),
        }
    }
}

fn string_map(v: &Value) -> Option<BTreeMap<String, String>> {
    v.as_object().map(|m| m.iter().map(|(k, v)| (k.clone(), v.as_str().map(str::to_string).unwrap_or_else(|| go_value(v)))).into_map())
}

/// `genericDescriber.Describe`.
pub fn describe(c: &mut Client, t: &Target) -> Result<String> {
    let obj = c.get(&t.path())?;
    let meta = &obj["metadata"];
    let s = |v: &Value| v.as_str().unwrap_or("").to_string();
    let (name, ns, uid, kind) = (s(&meta["name"]), s(&meta["namespace"]), s(&meta["uid"]), s(&obj["kind"]));
    let events = maybe_search(c, &EventRef { kind: &kind, name: &name, namespace: &ns, uid: &uid });
    let now = c.now_ms;
    Ok(tabbed(|w| {
        w.fmt(0, format_args!("Name:\t{}\n", name));
        w.fmt(0, format_args!("Namespace:\t{}\n", ns));
        labels_multiline(w, "Labels", string_map(&meta["labels"]).as_ref());
        annotations_multiline(w, "Annotations", string_map(&meta["annotations"]).as_ref());
        if let Some(m) = obj.as_object() {
            unstructured(w, 0, m, "");
        }
        section(w, &events, now);
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smart_labels() {
        assert_eq!(smart_label("apiVersion"), "API Version");
        assert_eq!(smart_label("uid"), "UID");
        assert_eq!(smart_label("leaseDurationSeconds"), "Lease Duration Seconds");
        assert_eq!(smart_label("HTTPServer"), "HTTP Server");
        assert_eq!(smart_label("x509"), "x509");
        assert_eq!(smart_label("kubernetes.io/arch"), "kubernetes.io/arch");
        assert_eq!(camel_split("PDFLoader"), vec!["PDF", "Loader"]);
    }
}
