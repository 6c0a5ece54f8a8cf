// Generated from definition io.k8s.api.certificates.v1alpha1.PodCertificateRequestStatus

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PodCertificateRequestStatus {
    pub begin_refresh_at: Option<crate::apimachinery::pkg::apis::meta::v1::Time>,

    pub certificate_chain: Option<std::string::String>,

    pub conditions: Option<std::vec::Vec<crate::apimachinery::pkg::apis::meta::v1::Condition>>,

    pub not_after: Option<crate::apimachinery::pkg::apis::meta::v1::Time>,

    pub not_before: Option<crate::apimachinery::pkg::apis::meta::v1::Time>,
}

impl crate::DeepMerge for PodCertificateRequestStatus {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.begin_refresh_at, other.begin_refresh_at);
        crate::DeepMerge::merge_from(&mut self.certificate_chain, other.certificate_chain);
        crate::merge_strategies::list::map(
            &mut self.conditions,
            other.conditions,
            &[|lhs, rhs| lhs.type_ == rhs.type_],
            |current_item, other_item| {
                crate::DeepMerge::merge_from(current_item, other_item);
            },
        );
        crate::DeepMerge::merge_from(&mut self.not_after, other.not_after);
        crate::DeepMerge::merge_from(&mut self.not_before, other.not_before);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PodCertificateRequestStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_begin_refresh_at,
            Key_certificate_chain,
            Key_conditions,
            Key_not_after,
            Key_not_before,
            Other,
        }

        impl<'de> crate::serde::Deserialize<'de> for Field {
            fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
                struct Visitor;

                impl crate::serde::de::Visitor<'_> for Visitor {
                    type Value = Field;

                    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                        f.write_str("field identifier")
                    }

                    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> where E: crate::serde::de::Error {
                        Ok(match v {
                            "beginRefreshAt" => Field::Key_begin_refresh_at,
                            "certificateChain" => Field::Key_certificate_chain,
                            "conditions" => Field::Key_conditions,
                            "notAfter" => Field::Key_not_after,
                            "notBefore" => Field::Key_not_before,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PodCertificateRequestStatus;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PodCertificateRequestStatus")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_begin_refresh_at: Option<crate::apimachinery::pkg::apis::meta::v1::Time> = None;
                let mut value_certificate_chain: Option<std::string::String> = None;
                let mut value_conditions: Option<std::vec::Vec<crate::apimachinery::pkg::apis::meta::v1::Condition>> = None;
                let mut value_not_after: Option<crate::apimachinery::pkg::apis::meta::v1::Time> = None;
                let mut value_not_before: Option<crate::apimachinery::pkg::apis::meta::v1::Time> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_begin_refresh_at => value_begin_refresh_at = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_certificate_chain => value_certificate_chain = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_conditions => value_conditions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_not_after => value_not_after = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_not_before => value_not_before = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PodCertificateRequestStatus {
                    begin_refresh_at: value_begin_refresh_at,
                    certificate_chain: value_certificate_chain,
                    conditions: value_conditions,
                    not_after: value_not_after,
                    not_before: value_not_before,
                })
            }
        }

        deserializer.deserialize_struct(
            "PodCertificateRequestStatus",
            &[
                "beginRefreshAt",
                "certificateChain",
                "conditions",
                "notAfter",
                "notBefore",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PodCertificateRequestStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PodCertificateRequestStatus",
            self.begin_refresh_at.as_ref().map_or(0, |_| 1) +
            self.certificate_chain.as_ref().map_or(0, |_| 1) +
            self.conditions.as_ref().map_or(0, |_| 1) +
            self.not_after.as_ref().map_or(0, |_| 1) +
            self.not_before.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.begin_refresh_at {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "beginRefreshAt", value)?;
        }
        if let Some(value) = &self.certificate_chain {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "certificateChain", value)?;
        }
        if let Some(value) = &self.conditions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "conditions", value)?;
        }
        if let Some(value) = &self.not_after {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "notAfter", value)?;
        }
        if let Some(value) = &self.not_before {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "notBefore", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

impl crate::json::Json for PodCertificateRequestStatus {
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        let mut r = <Self as Default>::default();
        d.fields("PodCertificateRequestStatus", &["beginRefreshAt", "certificateChain", "conditions", "notAfter", "notBefore"], &mut |d, i| match i {
            0 => d.field(&mut r.begin_refresh_at),
            1 => d.field(&mut r.certificate_chain),
            2 => d.field(&mut r.conditions),
            3 => d.field(&mut r.not_after),
            4 => d.field(&mut r.not_before),
            _ => Ok(()),
        })?;
        Ok(r)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.begin();
        e.opt("beginRefreshAt", &self.begin_refresh_at);
        e.opt("certificateChain", &self.certificate_chain);
        e.opt("conditions", &self.conditions);
        e.opt("notAfter", &self.not_after);
        e.opt("notBefore", &self.not_before);
        e.end();
    }
}
