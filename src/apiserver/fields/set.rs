//! Field sets as structured-merge-diff keeps them: a tree of path elements (a field name, a
//! list item by its key fields, a set member by its value), each node marked when the path
//! itself is in the set. `metadata.managedFields[].fieldsV1` is this tree written as JSON:
//! `f:name`, `k:{"name":"nginx"}`, `v:"value"`, `i:0`, and `.` for a node that is a member
//! and has members below it.

use serde_json::{Map, Value};

/// One step of a path. The derived order is structured-merge-diff's: field names, then keys,
/// then values, then indexes.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pe {
    Field(String),
    /// The item's key fields as JSON, sorted by name: `{"containerPort":80,"protocol":"TCP"}`.
    Key(String),
    /// A set member's value as JSON.
    Value(String),
    Index(usize),
}

impl Pe {
    fn encode(&self) -> String {
        match self {
            Pe::Field(f) => format!("f:{}", f),
            Pe::Key(k) => format!("k:{}", k),
            Pe::Value(v) => format!("v:{}", v),
            Pe::Index(i) => format!("i:{}", i),
        }
    }

    fn decode(s: &str) -> Option<Pe> {
        let (tag, rest) = s.split_once(':')?;
        Some(match tag {
            "f" => Pe::Field(rest.to_string()),
            "k" => Pe::Key(serde_json::from_str::<Value>(rest).ok()?.to_string()),
            "v" => Pe::Value(serde_json::from_str::<Value>(rest).ok()?.to_string()),
            "i" => Pe::Index(rest.parse().ok()?),
            _ => return None,
        })
    }

    /// As a conflict message shows it: `.spec`, `[name="nginx"]`, `[containerPort=80,protocol="TCP"]`.
    pub fn show(&self) -> String {
        let scalar = |v: &Value| match v {
            Value::String(s) => format!("{:?}", s),
            v => v.to_string(),
        };
        match self {
            Pe::Field(f) => format!(".{}", f),
            Pe::Key(k) => {
                let parts: Vec<String> = match serde_json::from_str::<Value>(k) {
                    Ok(Value::Object(m)) => m.iter().map(|(n, v)| format!("{}={}", n, scalar(v))).collect(),
                    _ => vec![k.clone()],
                };
                format!("[{}]", parts.join(","))
            }
            Pe::Value(v) => format!("[={}]", serde_json::from_str::<Value>(v).map_or_else(|_| v.clone(), |v| scalar(&v))),
            Pe::Index(i) => format!("[{}]", i),
        }
    }
}

/// A set of paths: this node is in the set when `member`; `children` hold longer paths, sorted
/// by their first element (a few per node: a sorted vector, lighter than a map).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Set {
    pub member: bool,
    pub children: Vec<(Pe, Set)>,
}

impl Set {
    pub fn is_empty(&self) -> bool {
        !self.member && self.children.is_empty()
    }

    fn find(&self, pe: &Pe) -> Result<usize, usize> {
        self.children.binary_search_by(|(p, _)| p.cmp(pe))
    }

    /// The child at `pe`, made if missing.
    fn slot(&mut self, pe: &Pe) -> &mut Set {
        let i = match self.find(pe) {
            Ok(i) => i,
            Err(i) => {
                self.children.insert(i, (pe.clone(), Set::default()));
                i
            }
        };
        &mut self.children[i].1
    }

    fn child_mut(&mut self, pe: &Pe) -> Option<(usize, &mut Set)> {
        let i = self.find(pe).ok()?;
        Some((i, &mut self.children[i].1))
    }

    pub fn insert(&mut self, path: &[Pe]) {
        match path.split_first() {
            None => self.member = true,
            Some((pe, rest)) => self.slot(pe).insert(rest),
        }
    }

    pub fn child(&self, pe: &Pe) -> Option<&Set> {
        self.find(pe).ok().map(|i| &self.children[i].1)
    }

    pub fn union(&mut self, other: &Set) {
        self.member |= other.member;
        for (pe, o) in &other.children {
            self.slot(pe).union(o);
        }
    }

    /// The paths of `self` that are not members of `other`.
    pub fn difference(&mut self, other: &Set) {
        if other.member {
            self.member = false;
        }
        for (pe, o) in &other.children {
            if let Some((i, c)) = self.child_mut(pe) {
                c.difference(o);
                if c.is_empty() {
                    self.children.remove(i);
                }
            }
        }
    }

    /// The paths of `self` that are neither members of `other` nor below one.
    pub fn recursive_difference(&mut self, other: &Set) {
        for (pe, o) in &other.children {
            if let Some((i, c)) = self.child_mut(pe) {
                if !o.member {
                    c.recursive_difference(o);
                }
                if o.member || c.is_empty() {
                    self.children.remove(i);
                }
            }
        }
    }

    /// The paths in both.
    pub fn intersection(&self, other: &Set) -> Set {
        let mut out = Set { member: self.member && other.member, children: Vec::new() };
        for (pe, c) in &self.children {
            if let Some(o) = other.child(pe) {
                let i = c.intersection(o);
                if !i.is_empty() {
                    out.children.push((pe.clone(), i));
                }
            }
        }
        out
    }

    /// Every member path, in order.
    pub fn paths(&self) -> Vec<Vec<Pe>> {
        fn walk(s: &Set, prefix: &mut Vec<Pe>, out: &mut Vec<Vec<Pe>>) {
            if s.member && !prefix.is_empty() {
                out.push(prefix.clone());
            }
            for (pe, c) in &s.children {
                prefix.push(pe.clone());
                walk(c, prefix, out);
                prefix.pop();
            }
        }
        let mut out = Vec::new();
        walk(self, &mut Vec::new(), &mut out);
        out
    }

    /// The set as `fieldsV1` JSON.
    pub fn to_fields_v1(&self) -> Value {
        let mut m = Map::new();
        if self.member && !self.children.is_empty() {
            m.insert(".".into(), Value::Object(Map::new()));
        }
        for (pe, c) in &self.children {
            m.insert(pe.encode(), c.to_fields_v1());
        }
        Value::Object(m)
    }

    /// Reads `fieldsV1` JSON; None when it is not a field set.
    pub fn from_fields_v1(v: &Value) -> Option<Set> {
        fn node(v: &Value) -> Option<Set> {
            let m = v.as_object()?;
            let mut s = Set { member: m.is_empty() || m.contains_key("."), children: Vec::new() };
            for (k, c) in m {
                if k != "." {
                    *s.slot(&Pe::decode(k)?) = node(c)?;
                }
            }
            Some(s)
        }
        let mut s = node(v)?;
        s.member = false;
        Some(s)
    }
}

impl Set {
    /// Reads `fieldsV1` JSON text straight into a set; None when it is not a field set.
    pub fn parse(text: &str) -> Option<Set> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let mut de = serde_json::Deserializer::from_str(text);
            let mut s: Set = serde::de::DeserializeSeed::deserialize(Node, &mut de).ok()?;
            s.member = false;
            Some(s)
        }
        // In the page, through a JSON value (no second copy of serde_json's map reader).
        #[cfg(target_arch = "wasm32")]
        Set::from_fields_v1(&serde_json::from_str(text).ok()?)
    }
}

/// One node of `fieldsV1`: `{}` is a member, `"."` marks a member with members below.
#[cfg(not(target_arch = "wasm32"))]
struct Node;

#[cfg(not(target_arch = "wasm32"))]
impl<'de> serde::de::DeserializeSeed<'de> for Node {
    type Value = Set;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Set, D::Error> {
        d.deserialize_map(self)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'de> serde::de::Visitor<'de> for Node {
    type Value = Set;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a field set")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut a: A) -> Result<Set, A::Error> {
        let mut s = Set::default();
        let mut empty = true;
        while let Some(k) = a.next_key::<String>()? {
            empty = false;
            if k == "." {
                a.next_value::<serde::de::IgnoredAny>()?;
                s.member = true;
            } else {
                let pe = Pe::decode(&k).ok_or_else(|| <A::Error as serde::de::Error>::custom("not a path element"))?;
                *s.slot(&pe) = a.next_value_seed(Node)?;
            }
        }
        s.member |= empty;
        Ok(s)
    }
}

/// A path as a conflict message shows it: `.spec.template.spec.containers[name="nginx"].image`.
pub fn show_path(path: &[Pe]) -> String {
    path.iter().map(Pe::show).collect()
}

/// A set from paths written as field names separated by dots (`metadata.name`).
pub fn of_fields(paths: &[&str]) -> Set {
    let mut s = Set::default();
    for p in paths {
        let path: Vec<Pe> = p.split('.').map(|f| Pe::Field(f.to_string())).collect();
        s.insert(&path);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn fields_v1_round_trips_with_member_markers() {
        let v = json!({"f:metadata": {"f:labels": {".": {}, "f:app": {}}}, "f:spec": {"f:containers": {"k:{\"name\":\"nginx\"}": {".": {}, "f:image": {}}}, "f:replicas": {}}});
        let s = Set::from_fields_v1(&v).expect("a set");
        assert_eq!(s.to_fields_v1(), v);
        assert_eq!(Set::parse(&v.to_string()), Some(s.clone()));
        let paths: Vec<String> = s.paths().iter().map(|p| show_path(p)).collect();
        assert_eq!(paths, [".metadata.labels", ".metadata.labels.app", ".spec.containers[name=\"nginx\"]", ".spec.containers[name=\"nginx\"].image", ".spec.replicas"]);
    }

    #[test]
    fn set_algebra() {
        let a = of_fields(&["spec.replicas", "spec.template.x", "metadata.name"]);
        let b = of_fields(&["spec.replicas", "spec.paused"]);
        assert_eq!(a.intersection(&b), of_fields(&["spec.replicas"]));
        let mut d = a.clone();
        d.difference(&b);
        assert_eq!(d, of_fields(&["spec.template.x", "metadata.name"]));
        let mut r = a.clone();
        r.recursive_difference(&of_fields(&["spec"]));
        assert_eq!(r, of_fields(&["metadata.name"]));
        let mut u = d.clone();
        u.union(&b);
        assert_eq!(u.paths().len(), 4);
    }
}
