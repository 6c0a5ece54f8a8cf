// Generated from definition io.k8s.apimachinery.pkg.api.resource.Quantity

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Quantity(pub std::string::String);

impl crate::DeepMerge for Quantity {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.0, other.0);
    }
}

impl<'de> crate::serde::Deserialize<'de> for Quantity {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = Quantity;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("Quantity")
            }

            fn visit_newtype_struct<D>(self, deserializer: D) -> Result<Self::Value, D::Error> where D: crate::serde::Deserializer<'de> {
                deserializer.deserialize_any(self)
            }

            fn visit_i32<E>(self, v: i32) -> Result<Self::Value, E> where E: crate::serde::de::Error {
                Ok(Quantity(std::string::ToString::to_string(&v)))
            }

            fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> where E: crate::serde::de::Error {
                Ok(Quantity(std::string::ToString::to_string(&v)))
            }

            fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> where E: crate::serde::de::Error {
                Ok(Quantity(std::string::ToString::to_string(&v)))
            }

            fn visit_f32<E>(self, v: f32) -> Result<Self::Value, E> where E: crate::serde::de::Error {
                Ok(Quantity(std::string::ToString::to_string(&v)))
            }

            fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> where E: crate::serde::de::Error {
                Ok(Quantity(std::string::ToString::to_string(&v)))
            }

            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> where E: crate::serde::de::Error {
                self.visit_string(v.into())
            }

            fn visit_string<E>(self, v: std::string::String) -> Result<Self::Value, E> where E: crate::serde::de::Error {
                Ok(Quantity(v))
            }
        }

        deserializer.deserialize_newtype_struct("Quantity", Visitor)
    }
}

impl crate::serde::Serialize for Quantity {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        serializer.serialize_newtype_struct("Quantity", &self.0)
    }
}
