// Generated from definition io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1
//
// kubeplay: held as its compact JSON text rather than a `serde_json::Value` tree. Every object
// carries a few of these (one per field manager) and a tree of small maps costs several times
// the text's size; the apiserver's field manager parses the text when it needs the set.

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldsV1(pub std::string::String);

impl crate::DeepMerge for FieldsV1 {
    fn merge_from(&mut self, other: Self) {
        *self = other;
    }
}

impl<'de> crate::serde::Deserialize<'de> for FieldsV1 {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        let v: crate::serde_json::Value = crate::serde::Deserialize::deserialize(deserializer)?;
        Ok(FieldsV1(std::string::ToString::to_string(&v)))
    }
}

impl From<crate::serde_json::Value> for FieldsV1 {
    fn from(inner: crate::serde_json::Value) -> Self {
        Self(std::string::ToString::to_string(&inner))
    }
}

impl FieldsV1 {
    /// The set as a JSON value (`null` if the text is not JSON).
    pub fn value(&self) -> crate::serde_json::Value {
        crate::serde_json::from_str(&self.0).unwrap_or(crate::serde_json::Value::Null)
    }
}

impl crate::serde::Serialize for FieldsV1 {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        crate::serde::Serialize::serialize(&self.value(), serializer)
    }
}
