//! Field management (`metadata.managedFields`) and server-side apply, as the apiserver's
//! field manager does them. Every write records which manager set which fields: an update
//! gives its manager the fields it changed and takes them from everyone else; an apply
//! (`PATCH` with `application/apply-patch+yaml`) merges the configuration into the object,
//! removes what the applier stopped applying and nobody else owns, and refuses to change a
//! field another manager owns unless forced (409 with the conflicts).

pub mod schema;
pub mod set;
pub mod walk;

use crate::api::Kind;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{FieldsV1, ManagedFieldsEntry, Time};
use schema::Schema;
use serde_json::Value;
use set::{Pe, Set};
use std::sync::OnceLock;

/// Who writes, as `managedFields` names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Writer {
    pub manager: String,
    /// "status" for writes through the status subresource.
    pub subresource: String,
}

/// One manager's fields.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub manager: String,
    pub apply: bool,
    pub api_version: String,
    pub subresource: String,
    pub time: Option<Time>,
    pub set: Set,
    /// The set's `fieldsV1` as read, while the set is unchanged (written back as it was).
    text: Option<String>,
}

impl Entry {
    /// The same manager: name, operation and subresource, and for updates the API version.
    fn is(&self, w: &Writer, apply: bool, api_version: &str) -> bool {
        self.manager == w.manager && self.apply == apply && self.subresource == w.subresource && (apply || self.api_version == api_version)
    }

    /// As a conflict names it: `"kubectl-client-side-apply" using apps/v1`.
    pub fn describe(&self) -> String {
        let mut s = format!("{:?}", self.manager);
        if !self.subresource.is_empty() {
            s.push_str(&format!(" with subresource {:?}", self.subresource));
        }
        if !self.apply {
            s.push_str(&format!(" using {}", self.api_version));
        }
        s
    }
}

/// Reads `managedFields`; entries that are not field sets are dropped.
pub fn decode(entries: Option<&Vec<ManagedFieldsEntry>>) -> Vec<Entry> {
    entries
        .into_iter()
        .flatten()
        .filter_map(|e| {
            let text = &e.fields_v1.as_ref()?.0;
            Some(Entry {
                manager: e.manager.clone().unwrap_or_default(),
                apply: e.operation.as_deref() == Some("Apply"),
                api_version: e.api_version.clone().unwrap_or_default(),
                subresource: e.subresource.clone().unwrap_or_default(),
                time: e.time.clone(),
                set: Set::parse(text)?,
                text: Some(text.clone()),
            })
        })
        .collect()
}

/// Writes `managedFields` in the apiserver's order: appliers first, then by time, manager,
/// version and subresource.
pub fn encode(mut entries: Vec<Entry>) -> Option<Vec<ManagedFieldsEntry>> {
    entries.retain(|e| !e.set.is_empty());
    if entries.is_empty() {
        return None;
    }
    let secs = |e: &Entry| e.time.as_ref().map_or(0, |t| t.0.as_second());
    crate::api::order::sort_by(&mut entries, |a, b| {
        (!a.apply, secs(a), &a.manager, &a.api_version, &a.subresource).cmp(&(!b.apply, secs(b), &b.manager, &b.api_version, &b.subresource))
    });
    Some(
        entries
            .into_iter()
            .map(|e| ManagedFieldsEntry {
                api_version: Some(e.api_version),
                fields_type: Some("FieldsV1".into()),
                fields_v1: Some(FieldsV1(e.text.unwrap_or_else(|| e.set.to_fields_v1().to_string()))),
                manager: Some(e.manager),
                operation: Some(if e.apply { "Apply" } else { "Update" }.into()),
                subresource: Some(e.subresource).filter(|s| !s.is_empty()),
                time: e.time,
            })
            .collect(),
    )
}

/// `managedFields: [{}]` in a request clears them.
pub fn is_reset(entries: Option<&Vec<ManagedFieldsEntry>>) -> bool {
    entries.is_some_and(|e| e.len() == 1 && e[0] == ManagedFieldsEntry::default())
}

/// Fields no manager is recorded for: the object's identity and bookkeeping.
fn stripped() -> &'static Set {
    static STRIPPED: OnceLock<Set> = OnceLock::new();
    STRIPPED.get_or_init(|| {
        set::of_fields(&[
            "apiVersion",
            "kind",
            "metadata",
            "metadata.name",
            "metadata.namespace",
            "metadata.creationTimestamp",
            "metadata.selfLink",
            "metadata.uid",
            "metadata.clusterName",
            "metadata.generation",
            "metadata.managedFields",
            "metadata.resourceVersion",
        ])
    })
}

/// Fields a write does not manage: a main-resource write leaves status to the status
/// subresource, and a status write leaves the spec.
fn ignored(kind: Kind, subresource: &str) -> &'static Set {
    static SPEC: OnceLock<Set> = OnceLock::new();
    static STATUS: OnceLock<Set> = OnceLock::new();
    static NONE: OnceLock<Set> = OnceLock::new();
    match (kind.info().has_status, subresource) {
        (_, "status") => SPEC.get_or_init(|| set::of_fields(&["spec"])),
        (true, _) => STATUS.get_or_init(|| set::of_fields(&["status"])),
        _ => NONE.get_or_init(Set::default),
    }
}

fn without_managed(mut v: Value) -> Value {
    if let Some(m) = v.get_mut("metadata").and_then(Value::as_object_mut) {
        m.remove("managedFields");
    }
    v
}

/// An object as the field manager compares it (without its managedFields).
pub fn plain(obj: &crate::api::Object) -> Value {
    without_managed(obj.to_value())
}

/// An object's JSON as a write by `subresource` compares it: without its managedFields and
/// without the top-level field the write does not manage (read past, not built).
pub fn parse_plain(json: &str, kind: Kind, subresource: &str) -> Value {
    let skip = match (kind.info().has_status, subresource) {
        (_, "status") => Some("spec"),
        (true, _) => Some("status"),
        _ => None,
    };
    #[cfg(not(target_arch = "wasm32"))]
    {
        let mut de = serde_json::Deserializer::from_str(json);
        serde::de::DeserializeSeed::deserialize(Plain { skip }, &mut de).map(Value::Object).unwrap_or(Value::Null)
    }
    // In the page, the plain parse (serde_json's code is there already; a visitor of its own
    // would add its own copy of the map reader).
    #[cfg(target_arch = "wasm32")]
    {
        let mut v = without_managed(serde_json::from_str(json).unwrap_or(Value::Null));
        if let (Some(k), Some(m)) = (skip, v.as_object_mut()) {
            m.remove(k);
        }
        v
    }
}

/// Reads an object's fields into a map, passing over one of them, and its metadata without
/// managedFields.
#[cfg(not(target_arch = "wasm32"))]
struct Plain<'a> {
    skip: Option<&'a str>,
}

#[cfg(not(target_arch = "wasm32"))]
impl<'de> serde::de::DeserializeSeed<'de> for Plain<'_> {
    type Value = serde_json::Map<String, Value>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'de> serde::de::Visitor<'de> for Plain<'_> {
    type Value = serde_json::Map<String, Value>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        let mut m = serde_json::Map::new();
        while let Some(k) = a.next_key::<String>()? {
            if Some(k.as_str()) == self.skip {
                a.next_value::<serde::de::IgnoredAny>()?;
            } else if k == "metadata" && self.skip != Some("managedFields") {
                let meta = a.next_value_seed(Plain { skip: Some("managedFields") })?;
                m.insert(k, Value::Object(meta));
            } else {
                m.insert(k, a.next_value()?);
            }
        }
        Ok(m)
    }
}

/// A new object of a kind, as the create handler compares against.
pub fn zero(kind: Kind) -> Value {
    let s = Schema::get();
    walk::zero(s, &s.root(kind))
}

fn filtered(mut c: walk::Comparison, kind: Kind, subresource: &str) -> walk::Comparison {
    let ig = ignored(kind, subresource);
    c.added.recursive_difference(ig);
    c.modified.recursive_difference(ig);
    c.removed.recursive_difference(ig);
    c
}

fn comparison(kind: Kind, live: &Value, new: &Value, subresource: &str) -> walk::Comparison {
    let s = Schema::get();
    let mut c = walk::Comparison::default();
    walk::compare(s, Some(live), Some(new), &s.root(kind), &mut Vec::new(), &mut c);
    filtered(c, kind, subresource)
}

/// What a write changed, None when nothing a manager can own.
pub fn changes(kind: Kind, live: &Value, new: &Value, subresource: &str) -> Option<walk::Comparison> {
    let c = comparison(kind, live, new, subresource);
    let mut any = c.added.clone();
    any.union(&c.modified);
    any.union(&c.removed);
    any.difference(stripped());
    (!any.is_empty()).then_some(c)
}

/// An update (create, replace, patch) by `w`: it takes the fields it added or changed from
/// every other manager, fields it removed leave every manager, and its entry's time moves
/// when it changed anything.
pub fn update(kind: Kind, c: walk::Comparison, mut entries: Vec<Entry>, w: &Writer, now: &Time) -> Vec<Entry> {
    let mut changed = c.added;
    changed.union(&c.modified);
    for e in entries.iter_mut() {
        let before = e.set.clone();
        e.set.difference(&changed);
        e.set.difference(&c.removed);
        if e.set != before {
            e.text = None;
        }
    }
    changed.difference(stripped());
    if !changed.is_empty() {
        let api_version = kind.info().api_version;
        match entries.iter_mut().find(|e| e.is(w, false, api_version)) {
            Some(e) => {
                e.set.union(&changed);
                e.text = None;
                e.time = Some(now.clone());
            }
            None => entries.push(Entry {
                manager: w.manager.clone(),
                apply: false,
                api_version: api_version.to_string(),
                subresource: w.subresource.clone(),
                time: Some(now.clone()),
                set: changed,
                text: None,
            }),
        }
    }
    entries.retain(|e| !e.set.is_empty());
    entries
}

/// Fields an apply would change that other managers own: (manager, path) pairs.
pub type Conflicts = Vec<(String, Vec<Pe>)>;

/// What an apply makes of the object: the merged object and the managers, or the conflicts.
#[derive(Debug)]
pub struct Applied {
    pub object: Value,
    pub entries: Vec<Entry>,
    /// The object changed.
    pub changed: bool,
}

/// Server-side apply of `config` by `w` onto `live` (a zero object when creating).
pub fn apply(kind: Kind, live: &Value, config: &Value, mut entries: Vec<Entry>, w: &Writer, force: bool, now: &Time) -> Result<Applied, Conflicts> {
    let s = Schema::get();
    let ty = s.root(kind);
    let api_version = kind.info().api_version;
    let mut merged = walk::merge(s, Some(live), config, &ty);
    let mut set = Set::default();
    walk::to_set(s, config, &ty, &mut Vec::new(), &mut set);
    set.difference(stripped());
    set.recursive_difference(ignored(kind, &w.subresource));
    let me = entries.iter().position(|e| e.is(w, true, api_version));
    let last = me.map(|i| entries[i].set.clone());
    let mine = Entry { manager: w.manager.clone(), apply: true, api_version: api_version.to_string(), subresource: w.subresource.clone(), time: me.and_then(|i| entries[i].time.clone()), set, text: None };
    match me {
        Some(i) => entries[i] = mine,
        None => entries.push(mine),
    }
    if let Some(last) = last {
        let mut owned = Set::default();
        for e in &entries {
            owned.union(&e.set);
        }
        walk::prune(s, &mut merged, &ty, &last, Some(&owned));
    }
    let c = comparison(kind, live, &merged, &w.subresource);
    let mut changed = c.added;
    changed.union(&c.modified);
    let mut conflicts: Conflicts = Vec::new();
    for e in entries.iter().filter(|e| !e.is(w, true, api_version)) {
        for p in e.set.intersection(&changed).paths() {
            conflicts.push((e.describe(), p));
        }
    }
    if !force && !conflicts.is_empty() {
        crate::api::order::sort(&mut conflicts);
        return Err(conflicts);
    }
    for e in entries.iter_mut().filter(|e| !e.is(w, true, api_version)) {
        e.set.difference(&changed);
        e.set.difference(&c.removed);
        e.text = None;
    }
    let changed = merged != *live;
    if changed {
        if let Some(e) = entries.iter_mut().find(|e| e.is(w, true, api_version)) {
            e.time = Some(now.clone());
        }
    }
    entries.retain(|e| !e.set.is_empty());
    Ok(Applied { object: merged, entries, changed })
}

/// The conflicts as the apiserver words them.
pub fn conflict_message(conflicts: &Conflicts) -> String {
    let show = |p: &Vec<Pe>| set::show_path(p);
    if let [(m, p)] = conflicts.as_slice() {
        return format!("Apply failed with 1 conflict: conflict with {}: {}", m, show(p));
    }
    let mut lines = Vec::new();
    let mut managers: Vec<&String> = conflicts.iter().map(|(m, _)| m).collect();
    managers.dedup();
    for m in managers {
        lines.push(format!("conflicts with {}:", m));
        lines.extend(conflicts.iter().filter(|(n, _)| n == m).map(|(_, p)| format!("- {}", show(p))));
    }
    format!("Apply failed with {} conflicts: {}", conflicts.len(), lines.join("\n"))
}

/// The fields of a kubectl client-side apply's last-applied configuration that still hold
/// the value it applied: `kubectl apply --server-side` after `kubectl apply` takes them over
/// without a conflict.
pub fn last_applied_unchanged(kind: Kind, live: &Value) -> Set {
    let Some(text) = live.pointer("/metadata/annotations/kubectl.kubernetes.io~1last-applied-configuration").and_then(Value::as_str) else {
        return Set::default();
    };
    let Ok(last) = serde_json::from_str::<Value>(text) else { return Set::default() };
    let s = Schema::get();
    let ty = s.root(kind);
    let mut set = Set::default();
    walk::to_set(s, &last, &ty, &mut Vec::new(), &mut set);
    let mut c = walk::Comparison::default();
    walk::compare(s, Some(&last), Some(live), &ty, &mut Vec::new(), &mut c);
    set.difference(&c.modified);
    set
}

#[cfg(test)]
mod tests;
