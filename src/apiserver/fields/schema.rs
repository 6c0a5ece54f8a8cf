//! The shapes server-side apply merges by: for every type of the kinds kubeplay serves, its
//! fields, which lists are keyed (and by what), which are sets, which maps and structs are
//! atomic.
//!
//! `schema.txt` is the structured-merge-diff schema Kubernetes publishes for its built-in types
//! (client-go's `applyconfigurations/internal`, a copy slightly newer than v1.34: a few alpha
//! fields more), restricted to the types reachable from the served kinds, one type per line:
//! `TYPE[!] field:T[=0] …`, where `!` marks an atomic struct, `TYPE =s` a scalar type (Quantity,
//! Time, IntOrString) and `=0` a field present in a zero-valued object (a struct, or a field
//! without `omitempty`). T is `s` (scalar), a type name (`~g` after it: merged field by field
//! though the type is atomic), `[]T` an atomic list, `[k1,k2]T` a list keyed by those fields,
//! `[=]T` a set, `{}T` a map merged entry by entry, `{!}T` an atomic map; `U` is untyped and
//! atomic, `D` untyped with maps merged and lists atomic. A struct's field the table leaves
//! out is read as untyped with struct fields below it: so the table lists only what merges
//! differently (atomic structs and maps, keyed lists, sets, maps, fields present in a zero
//! object) and the way to them (`scripts/smd_schema.py` reduces the full table so). Left out
//! as well: the in-tree cloud volume sources and alpha scheduling types.
//! By hand: `core.v1.PodSpec.containers` carries `=0` (Go declares it without `omitempty`, so a
//! zero pod spec holds `containers: null`, and kubectl-create's managedFields show no `.` on
//! `f:containers`).

use crate::api::Kind;
use std::sync::OnceLock;

/// A field's or an element's type.
#[derive(Clone, Debug, PartialEq)]
pub enum Ty {
    Scalar,
    /// Replaced whole, whatever it holds (`__untyped_atomic_`).
    Atomic,
    /// Maps merge key by key, lists are atomic (`__untyped_deduced_`, raw JSON).
    Deduced,
    /// A struct field the table leaves out: as `Deduced`, but an object's entries are fields
    /// (what a struct, not a map, holds).
    Fields,
    Named(usize),
    /// A named struct merged field by field here though the type is atomic (`~g`, separable).
    Granular(usize),
    List(Box<Ty>, Rel),
    /// A map of the element type; atomic when true.
    Map(Box<Ty>, bool),
}

/// How a list's items are told apart.
#[derive(Clone, Debug, PartialEq)]
pub enum Rel {
    Atomic,
    /// Scalars, each at most once.
    Set,
    /// Items are objects told apart by these fields.
    Keys(Vec<String>),
}

#[derive(Debug)]
pub struct Field {
    pub name: String,
    pub ty: Ty,
    /// Present in a zero-valued object of its type (a struct, or a field without `omitempty`).
    pub in_zero: bool,
}

#[derive(Debug)]
pub struct TypeDef {
    pub name: String,
    pub atomic: bool,
    pub scalar: bool,
    /// A map of untyped values (`={}D`: FieldsV1), not a struct.
    pub map: bool,
    /// Sorted by name.
    pub fields: Vec<Field>,
}

impl TypeDef {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.binary_search_by(|f| f.name.as_str().cmp(name)).ok().map(|i| &self.fields[i])
    }
}

pub struct Schema {
    /// Sorted by name.
    pub types: Vec<TypeDef>,
}

const TEXT: &str = include_str!("schema.txt");

impl Schema {
    pub fn get() -> &'static Schema {
        static SCHEMA: OnceLock<Schema> = OnceLock::new();
        SCHEMA.get_or_init(|| Schema::parse(TEXT))
    }

    fn index(names: &[&str], name: &str) -> Option<usize> {
        names.binary_search(&name).ok()
    }

    fn parse_ty(names: &[&str], s: &str) -> Ty {
        if let Some(rest) = s.strip_prefix('[') {
            let (inside, elem) = rest.split_once(']').unwrap_or(("", rest));
            let rel = match inside {
                "" => Rel::Atomic,
                "=" => Rel::Set,
                keys => Rel::Keys(keys.split(',').map(str::to_string).collect()),
            };
            return Ty::List(Box::new(Self::parse_ty(names, elem)), rel);
        }
        if let Some(rest) = s.strip_prefix('{') {
            let (inside, elem) = rest.split_once('}').unwrap_or(("", rest));
            return Ty::Map(Box::new(Self::parse_ty(names, elem)), inside == "!");
        }
        match s {
            "s" => Ty::Scalar,
            "U" => Ty::Atomic,
            "D" => Ty::Deduced,
            // A struct the table leaves out (it merges as plain fields do).
            name => match name.strip_suffix("~g") {
                Some(n) => Self::index(names, n).map_or(Ty::Fields, Ty::Granular),
                None => Self::index(names, name).map_or(Ty::Fields, Ty::Named),
            },
        }
    }

    pub(super) fn parse(text: &str) -> Schema {
        let lines: Vec<Vec<&str>> = text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split_whitespace().collect()).collect();
        // The table comes sorted by type name, and each type's fields by name.
        let names: Vec<&str> = lines.iter().map(|l| l[0].trim_end_matches('!')).collect();
        let types: Vec<TypeDef> = lines
            .iter()
            .map(|l| {
                let fields: Vec<Field> = l[1..]
                    .iter()
                    .filter(|f| **f != "=s")
                    .filter_map(|f| {
                        let (name, ty) = f.split_once(':')?;
                        let (ty, in_zero) = match ty.strip_suffix("=0") {
                            Some(t) => (t, true),
                            None => (ty, false),
                        };
                        Some(Field { name: name.to_string(), ty: Self::parse_ty(&names, ty), in_zero })
                    })
                    .collect();
                TypeDef { name: l[0].trim_end_matches('!').to_string(), atomic: l[0].ends_with('!'), scalar: l.get(1) == Some(&"=s"), map: l.get(1) == Some(&"={}D"), fields }
            })
            .collect();
        Schema { types }
    }

    pub fn def(&self, i: usize) -> &TypeDef {
        &self.types[i]
    }

    /// The type of a kind's objects: `apps.v1.Deployment`.
    pub fn root(&self, kind: Kind) -> Ty {
        let info = kind.info();
        let group = if info.group.is_empty() { "core" } else { info.group.split('.').next().unwrap_or("") };
        let name = format!("{}.{}.{}", group, info.version, info.kind);
        self.types.binary_search_by(|t| t.name.as_str().cmp(&name)).map_or(Ty::Deduced, Ty::Named)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_type_and_every_name_resolves() {
        let s = Schema::get();
        assert!(s.types.windows(2).all(|w| w[0].name < w[1].name), "schema.txt is sorted by type name");
        for t in &s.types {
            assert!(t.fields.windows(2).all(|w| w[0].name < w[1].name), "{}'s fields are sorted", t.name);
        }
        for k in Kind::ALL {
            assert!(matches!(s.root(*k), Ty::Named(_)), "{:?} has no type in schema.txt", k);
        }
        let pod_spec = s.types.iter().find(|t| t.name == "core.v1.PodSpec").expect("PodSpec");
        match &pod_spec.field("containers").expect("containers").ty {
            Ty::List(_, Rel::Keys(k)) => assert_eq!(k, &["name"]),
            t => panic!("containers: {:?}", t),
        }
        let selector = s.types.iter().find(|t| t.name == "meta.v1.LabelSelector").expect("LabelSelector");
        assert!(selector.atomic);
    }
}
