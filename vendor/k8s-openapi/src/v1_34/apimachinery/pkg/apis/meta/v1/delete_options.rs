// Generated from definition io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions

#[derive(Debug, Default, PartialEq)]
pub struct DeleteOptions {
    pub api_version: Option<std::string::String>,

    pub dry_run: Option<std::vec::Vec<std::string::String>>,

    pub grace_period_seconds: Option<i64>,

    pub ignore_store_read_error_with_cluster_breaking_potential: Option<bool>,

    pub kind: Option<std::string::String>,

    pub orphan_dependents: Option<bool>,

    pub preconditions: Option<crate::apimachinery::pkg::apis::meta::v1::Preconditions>,

    pub propagation_policy: Option<std::string::String>,
}

impl crate::DeepMerge for DeleteOptions {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.api_version, other.api_version);
        crate::merge_strategies::list::atomic(&mut self.dry_run, other.dry_run);
        crate::DeepMerge::merge_from(&mut self.grace_period_seconds, other.grace_period_seconds);
        crate::DeepMerge::merge_from(&mut self.ignore_store_read_error_with_cluster_breaking_potential, other.ignore_store_read_error_with_cluster_breaking_potential);
        crate::DeepMerge::merge_from(&mut self.kind, other.kind);
        crate::DeepMerge::merge_from(&mut self.orphan_dependents, other.orphan_dependents);
        crate::DeepMerge::merge_from(&mut self.preconditions, other.preconditions);
        crate::DeepMerge::merge_from(&mut self.propagation_policy, other.propagation_policy);
    }
}

impl<'de> crate::serde::Deserialize<'de> for DeleteOptions {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_api_version,
            Key_dry_run,
            Key_grace_period_seconds,
            Key_ignore_store_read_error_with_cluster_breaking_potential,
            Key_kind,
            Key_orphan_dependents,
            Key_preconditions,
            Key_propagation_policy,
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
                            "apiVersion" => Field::Key_api_version,
                            "dryRun" => Field::Key_dry_run,
                            "gracePeriodSeconds" => Field::Key_grace_period_seconds,
                            "ignoreStoreReadErrorWithClusterBreakingPotential" => Field::Key_ignore_store_read_error_with_cluster_breaking_potential,
                            "kind" => Field::Key_kind,
                            "orphanDependents" => Field::Key_orphan_dependents,
                            "preconditions" => Field::Key_preconditions,
                            "propagationPolicy" => Field::Key_propagation_policy,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = DeleteOptions;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("DeleteOptions")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_api_version: Option<std::string::String> = None;
                let mut value_dry_run: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_grace_period_seconds: Option<i64> = None;
                let mut value_ignore_store_read_error_with_cluster_breaking_potential: Option<bool> = None;
                let mut value_kind: Option<std::string::String> = None;
                let mut value_orphan_dependents: Option<bool> = None;
                let mut value_preconditions: Option<crate::apimachinery::pkg::apis::meta::v1::Preconditions> = None;
                let mut value_propagation_policy: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_api_version => value_api_version = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_dry_run => value_dry_run = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_grace_period_seconds => value_grace_period_seconds = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_ignore_store_read_error_with_cluster_breaking_potential => value_ignore_store_read_error_with_cluster_breaking_potential = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_kind => value_kind = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_orphan_dependents => value_orphan_dependents = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_preconditions => value_preconditions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_propagation_policy => value_propagation_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(DeleteOptions {
                    api_version: value_api_version,
                    dry_run: value_dry_run,
                    grace_period_seconds: value_grace_period_seconds,
                    ignore_store_read_error_with_cluster_breaking_potential: value_ignore_store_read_error_with_cluster_breaking_potential,
                    kind: value_kind,
                    orphan_dependents: value_orphan_dependents,
                    preconditions: value_preconditions,
                    propagation_policy: value_propagation_policy,
                })
            }
        }

        deserializer.deserialize_struct(
            "DeleteOptions",
            &[
                "apiVersion",
                "dryRun",
                "gracePeriodSeconds",
                "ignoreStoreReadErrorWithClusterBreakingPotential",
                "kind",
                "orphanDependents",
                "preconditions",
                "propagationPolicy",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for DeleteOptions {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "DeleteOptions",
            self.api_version.as_ref().map_or(0, |_| 1) +
            self.dry_run.as_ref().map_or(0, |_| 1) +
            self.grace_period_seconds.as_ref().map_or(0, |_| 1) +
            self.ignore_store_read_error_with_cluster_breaking_potential.as_ref().map_or(0, |_| 1) +
            self.kind.as_ref().map_or(0, |_| 1) +
            self.orphan_dependents.as_ref().map_or(0, |_| 1) +
            self.preconditions.as_ref().map_or(0, |_| 1) +
            self.propagation_policy.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.api_version {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "apiVersion", value)?;
        }
        if let Some(value) = &self.dry_run {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "dryRun", value)?;
        }
        if let Some(value) = &self.grace_period_seconds {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "gracePeriodSeconds", value)?;
        }
        if let Some(value) = &self.ignore_store_read_error_with_cluster_breaking_potential {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "ignoreStoreReadErrorWithClusterBreakingPotential", value)?;
        }
        if let Some(value) = &self.kind {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "kind", value)?;
        }
        if let Some(value) = &self.orphan_dependents {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "orphanDependents", value)?;
        }
        if let Some(value) = &self.preconditions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "preconditions", value)?;
        }
        if let Some(value) = &self.propagation_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "propagationPolicy", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static DeleteOptions_JSON: [crate::json::Field<DeleteOptions>; 8] = unsafe { [
        crate::json::Field::opt("apiVersion", core::mem::offset_of!(DeleteOptions, api_version), |s: &DeleteOptions| &s.api_version),
        crate::json::Field::opt("dryRun", core::mem::offset_of!(DeleteOptions, dry_run), |s: &DeleteOptions| &s.dry_run),
        crate::json::Field::opt("gracePeriodSeconds", core::mem::offset_of!(DeleteOptions, grace_period_seconds), |s: &DeleteOptions| &s.grace_period_seconds),
        crate::json::Field::opt("ignoreStoreReadErrorWithClusterBreakingPotential", core::mem::offset_of!(DeleteOptions, ignore_store_read_error_with_cluster_breaking_potential), |s: &DeleteOptions| &s.ignore_store_read_error_with_cluster_breaking_potential),
        crate::json::Field::opt("kind", core::mem::offset_of!(DeleteOptions, kind), |s: &DeleteOptions| &s.kind),
        crate::json::Field::opt("orphanDependents", core::mem::offset_of!(DeleteOptions, orphan_dependents), |s: &DeleteOptions| &s.orphan_dependents),
        crate::json::Field::opt("preconditions", core::mem::offset_of!(DeleteOptions, preconditions), |s: &DeleteOptions| &s.preconditions),
        crate::json::Field::opt("propagationPolicy", core::mem::offset_of!(DeleteOptions, propagation_policy), |s: &DeleteOptions| &s.propagation_policy),
] };

impl crate::json::Json for DeleteOptions {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("DeleteOptions", &DeleteOptions_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("DeleteOptions", &DeleteOptions_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&DeleteOptions_JSON, self)
    }
}

impl Clone for DeleteOptions {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&DeleteOptions_JSON, self)
    }
}
