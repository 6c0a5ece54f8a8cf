// Generated from definition io.k8s.api.certificates.v1alpha1.PodCertificateRequestStatus

#[derive(Debug, Default, PartialEq)]
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

#[allow(non_upper_case_globals)]
static PodCertificateRequestStatus_JSON: [crate::json::Field<PodCertificateRequestStatus>; 5] = unsafe { [
        crate::json::Field::opt("beginRefreshAt", core::mem::offset_of!(PodCertificateRequestStatus, begin_refresh_at), |s: &PodCertificateRequestStatus| &s.begin_refresh_at),
        crate::json::Field::opt("certificateChain", core::mem::offset_of!(PodCertificateRequestStatus, certificate_chain), |s: &PodCertificateRequestStatus| &s.certificate_chain),
        crate::json::Field::opt("conditions", core::mem::offset_of!(PodCertificateRequestStatus, conditions), |s: &PodCertificateRequestStatus| &s.conditions),
        crate::json::Field::opt("notAfter", core::mem::offset_of!(PodCertificateRequestStatus, not_after), |s: &PodCertificateRequestStatus| &s.not_after),
        crate::json::Field::opt("notBefore", core::mem::offset_of!(PodCertificateRequestStatus, not_before), |s: &PodCertificateRequestStatus| &s.not_before),
] };

impl crate::json::Json for PodCertificateRequestStatus {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PodCertificateRequestStatus", &PodCertificateRequestStatus_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PodCertificateRequestStatus", &PodCertificateRequestStatus_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PodCertificateRequestStatus_JSON, self)
    }
}

impl Clone for PodCertificateRequestStatus {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PodCertificateRequestStatus_JSON, self)
    }
}
