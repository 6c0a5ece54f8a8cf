//! Walks over objects by their schema, as structured-merge-diff's walkers do: the set of
//! fields an object (or an apply configuration) sets, what changed between two objects, an
//! apply configuration merged into a live object, and fields taken out again.

use super::schema::{Rel, Schema, Ty, TypeDef};
use super::set::{Pe, Set};
use serde_json::{Map, Value};

/// What a node is, for walking.
enum Shape<'a> {
    /// Compared and replaced whole.
    Leaf,
    List(&'a Ty, &'a Rel),
    /// A struct (its fields typed by `def`) or a map (every entry of type `elem`).
    Fields(Option<&'a TypeDef>, &'a Ty),
}

const DEDUCED: Ty = Ty::Deduced;
const FIELDS: Ty = Ty::Fields;

fn shape<'a>(s: &'a Schema, ty: &'a Ty, v: Option<&Value>) -> Shape<'a> {
    match ty {
        Ty::Scalar | Ty::Atomic | Ty::List(_, Rel::Atomic) | Ty::Map(_, true) => Shape::Leaf,
        Ty::List(e, rel) => Shape::List(e, rel),
        Ty::Map(e, false) => Shape::Fields(None, e),
        Ty::Named(i) => {
            let def = s.def(*i);
            if def.atomic || def.scalar {
                Shape::Leaf
            } else {
                Shape::Fields(Some(def), &DEDUCED)
            }
        }
        Ty::Granular(i) => Shape::Fields(Some(s.def(*i)), &DEDUCED),
        Ty::Deduced => match v {
            Some(Value::Object(_)) => Shape::Fields(None, &DEDUCED),
            _ => Shape::Leaf,
        },
        Ty::Fields => match v {
            Some(Value::Object(_)) => Shape::Fields(None, &FIELDS),
            _ => Shape::Leaf,
        },
    }
}

/// A struct's or map's entry: its type, and whether it is a declared field.
fn child<'a>(def: Option<&'a TypeDef>, elem: &'a Ty, key: &str) -> (&'a Ty, bool) {
    match (def, def.and_then(|d| d.field(key))) {
        (_, Some(f)) => (&f.ty, true),
        (Some(d), None) if d.map => (&DEDUCED, false),
        // A field the table leaves out: it merges as untyped fields do.
        (Some(_), None) => (&FIELDS, true),
        (None, None) => (elem, *elem == Ty::Fields),
    }
}

/// A list item's path element: its key fields, or its value in a set. A missing `protocol`
/// key is its default, TCP; an item missing another key falls back to its index.
pub fn item_pe(rel: &Rel, item: &Value, index: usize) -> Pe {
    match rel {
        Rel::Keys(keys) => {
            let mut m = Map::new();
            for k in keys {
                match item.get(k) {
                    Some(v) => {
                        m.insert(k.clone(), v.clone());
                    }
                    None if k == "protocol" => {
                        m.insert(k.clone(), Value::String("TCP".into()));
                    }
                    None => return Pe::Index(index),
                }
            }
            Pe::Key(Value::Object(m).to_string())
        }
        _ => Pe::Value(item.to_string()),
    }
}

fn is_empty_object(v: &Value) -> bool {
    v.as_object().is_some_and(Map::is_empty)
}

/// The fields `v` sets (`ToFieldSet`): every leaf, every list item, and map entries and empty
/// or null fields themselves.
pub fn to_set(s: &Schema, v: &Value, ty: &Ty, path: &mut Vec<Pe>, out: &mut Set) {
    match shape(s, ty, Some(v)) {
        Shape::Leaf => out.insert(path),
        Shape::List(elem, rel) => {
            for (i, item) in v.as_array().into_iter().flatten().enumerate() {
                path.push(item_pe(rel, item, i));
                to_set(s, item, elem, path, out);
                out.insert(path);
                path.pop();
            }
        }
        Shape::Fields(def, elem) => {
            for (k, c) in v.as_object().into_iter().flatten() {
                let (cty, declared) = child(def, elem, k);
                path.push(Pe::Field(k.clone()));
                to_set(s, c, cty, path, out);
                if c.is_null() || is_empty_object(c) || !declared {
                    out.insert(path);
                }
                path.pop();
            }
        }
    }
}

/// What changed from `lhs` to `rhs`, path by path.
#[derive(Default, Debug)]
pub struct Comparison {
    pub added: Set,
    pub modified: Set,
    pub removed: Set,
}

pub fn compare(s: &Schema, l: Option<&Value>, r: Option<&Value>, ty: &Ty, path: &mut Vec<Pe>, c: &mut Comparison) {
    let leaf = |c: &mut Comparison, path: &[Pe]| match (l, r) {
        (None, _) => c.added.insert(path),
        (_, None) => c.removed.insert(path),
        (Some(a), Some(b)) if a != b => c.modified.insert(path),
        _ => {}
    };
    match shape(s, ty, r.or(l)) {
        Shape::Leaf => return leaf(c, path),
        Shape::List(elem, rel) => {
            let la = l.and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
            let ra = r.and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
            if la.is_empty() && ra.is_empty() {
                return leaf(c, path);
            }
            let lpes: Vec<Pe> = la.iter().enumerate().map(|(i, v)| item_pe(rel, v, i)).collect();
            let rpes: Vec<Pe> = ra.iter().enumerate().map(|(i, v)| item_pe(rel, v, i)).collect();
            for (pe, rv) in rpes.iter().zip(ra) {
                let lv = lpes.iter().position(|p| p == pe).map(|i| &la[i]);
                path.push(pe.clone());
                compare(s, lv, Some(rv), elem, path, c);
                path.pop();
            }
            for (pe, lv) in lpes.iter().zip(la) {
                if !rpes.contains(pe) {
                    path.push(pe.clone());
                    compare(s, Some(lv), None, elem, path, c);
                    path.pop();
                }
            }
        }
        Shape::Fields(def, elem) => {
            let lm = l.and_then(Value::as_object);
            let rm = r.and_then(Value::as_object);
            if lm.is_none_or(Map::is_empty) && rm.is_none_or(Map::is_empty) {
                return leaf(c, path);
            }
            let mut keys: Vec<&String> = lm.into_iter().chain(rm).flat_map(Map::keys).collect();
            crate::api::order::sort(&mut keys);
            keys.dedup();
            for k in keys {
                let (cty, _) = child(def, elem, k);
                path.push(Pe::Field(k.clone()));
                compare(s, lm.and_then(|m| m.get(k)), rm.and_then(|m| m.get(k)), cty, path, c);
                path.pop();
            }
        }
    }
    if l.is_none() {
        c.added.insert(path);
    } else if r.is_none() {
        c.removed.insert(path);
    }
}

/// `rhs` (an apply configuration) merged into `lhs`: what the configuration sets wins, maps
/// and structs merge entry by entry, keyed lists item by item, the rest is replaced.
pub fn merge(s: &Schema, l: Option<&Value>, r: &Value, ty: &Ty) -> Value {
    match shape(s, ty, Some(r)) {
        Shape::Leaf => r.clone(),
        Shape::List(elem, rel) => match (l.and_then(Value::as_array), r.as_array()) {
            (Some(la), Some(ra)) => Value::Array(merge_list(s, la, ra, elem, rel)),
            _ => r.clone(),
        },
        Shape::Fields(def, elem) => match (l.and_then(Value::as_object), r.as_object()) {
            (Some(lm), Some(rm)) => {
                let mut out = lm.clone();
                for (k, rv) in rm {
                    let (cty, _) = child(def, elem, k);
                    let merged = merge(s, lm.get(k), rv, cty);
                    out.insert(k.clone(), merged);
                }
                Value::Object(out)
            }
            _ => r.clone(),
        },
    }
}

/// Items only the live list has keep their places; the configuration's items come in its
/// order, merged with the live item of the same key.
fn merge_list(s: &Schema, la: &[Value], ra: &[Value], elem: &Ty, rel: &Rel) -> Vec<Value> {
    let lpes: Vec<Pe> = la.iter().enumerate().map(|(i, v)| item_pe(rel, v, i)).collect();
    let rpes: Vec<Pe> = ra.iter().enumerate().map(|(i, v)| item_pe(rel, v, i)).collect();
    let shared: Vec<&Pe> = rpes.iter().filter(|p| lpes.contains(p)).collect();
    let mut next_shared = 0;
    let mut merged_r: Vec<&Pe> = Vec::new();
    let mut out = Vec::with_capacity(la.len().max(ra.len()));
    let lhs_of = |pe: &Pe| lpes.iter().position(|p| p == pe).map(|i| &la[i]);
    let (mut li, mut ri) = (0, 0);
    while li < la.len() || ri < ra.len() {
        if li < la.len() && ri < ra.len() {
            let pe = &lpes[li];
            if *pe == rpes[ri] {
                merged_r.push(pe);
                out.push(merge(s, Some(&la[li]), &ra[ri], elem));
                if shared.get(next_shared) == Some(&pe) {
                    next_shared += 1;
                }
                li += 1;
                ri += 1;
                continue;
            }
            if rpes.contains(pe) && shared.get(next_shared).is_some_and(|n| *n != pe) {
                li += 1;
                continue;
            }
        }
        if li < la.len() {
            let pe = &lpes[li];
            if !rpes.contains(pe) {
                out.push(la[li].clone());
                li += 1;
                continue;
            } else if merged_r.contains(&pe) {
                li += 1;
                continue;
            }
        }
        if ri < ra.len() {
            let pe = &rpes[ri];
            merged_r.push(pe);
            out.push(merge(s, lhs_of(pe), &ra[ri], elem));
            if shared.get(next_shared) == Some(&pe) {
                next_shared += 1;
            }
            ri += 1;
        }
    }
    out
}

/// Takes out of `v` the members of `last` (what a manager applied before) that nobody owns now
/// (nothing of `owned` at or below them): fields an applier stopped applying go away.
pub fn prune(s: &Schema, v: &mut Value, ty: &Ty, last: &Set, owned: Option<&Set>) {
    match shape(s, ty, Some(v)) {
        Shape::Leaf => {}
        Shape::List(elem, rel) => {
            let Some(items) = v.as_array_mut() else { return };
            let pes: Vec<Pe> = items.iter().enumerate().map(|(i, x)| item_pe(rel, x, i)).collect();
            let mut keep = Vec::with_capacity(items.len());
            for (pe, mut item) in pes.into_iter().zip(items.drain(..)) {
                if let Some(l) = last.child(&pe) {
                    let o = owned.and_then(|o| o.child(&pe));
                    if l.member && o.is_none() {
                        continue;
                    }
                    prune(s, &mut item, elem, l, o);
                }
                keep.push(item);
            }
            *items = keep;
        }
        Shape::Fields(def, elem) => {
            let Some(m) = v.as_object_mut() else { return };
            for (pe, l) in &last.children {
                let Pe::Field(k) = pe else { continue };
                let o = owned.and_then(|o| o.child(pe));
                if l.member && o.is_none() {
                    m.remove(k);
                } else if let Some(c) = m.get_mut(k) {
                    prune(s, c, child(def, elem, k).0, l, o);
                }
            }
        }
    }
}

/// A zero-valued object of a type, as Go's converter writes a new struct: its struct fields
/// and fields without `omitempty`, nothing else.
pub fn zero(s: &Schema, ty: &Ty) -> Value {
    match ty {
        Ty::Named(i) | Ty::Granular(i) if !s.def(*i).scalar => {
            let def = s.def(*i);
            // Inserted one by one: collecting would build (and sort) a map from a vector.
            let mut m = Map::new();
            for f in def.fields.iter().filter(|f| f.in_zero) {
                m.insert(f.name.clone(), zero(s, &f.ty));
            }
            Value::Object(m)
        }
        _ => Value::Null,
    }
}
