// Generated from definition io.k8s.api.batch.v1.JobSpec

#[derive(Debug, Default, PartialEq)]
pub struct JobSpec {
    pub active_deadline_seconds: Option<i64>,

    pub backoff_limit: Option<i32>,

    pub backoff_limit_per_index: Option<i32>,

    pub completion_mode: Option<std::string::String>,

    pub completions: Option<i32>,

    pub managed_by: Option<std::string::String>,

    pub manual_selector: Option<bool>,

    pub max_failed_indexes: Option<i32>,

    pub parallelism: Option<i32>,

    pub pod_failure_policy: Option<crate::api::batch::v1::PodFailurePolicy>,

    pub pod_replacement_policy: Option<std::string::String>,

    pub selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector>,

    pub success_policy: Option<crate::api::batch::v1::SuccessPolicy>,

    pub suspend: Option<bool>,

    pub template: crate::api::core::v1::PodTemplateSpec,

    pub ttl_seconds_after_finished: Option<i32>,
}

impl crate::DeepMerge for JobSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.active_deadline_seconds, other.active_deadline_seconds);
        crate::DeepMerge::merge_from(&mut self.backoff_limit, other.backoff_limit);
        crate::DeepMerge::merge_from(&mut self.backoff_limit_per_index, other.backoff_limit_per_index);
        crate::DeepMerge::merge_from(&mut self.completion_mode, other.completion_mode);
        crate::DeepMerge::merge_from(&mut self.completions, other.completions);
        crate::DeepMerge::merge_from(&mut self.managed_by, other.managed_by);
        crate::DeepMerge::merge_from(&mut self.manual_selector, other.manual_selector);
        crate::DeepMerge::merge_from(&mut self.max_failed_indexes, other.max_failed_indexes);
        crate::DeepMerge::merge_from(&mut self.parallelism, other.parallelism);
        crate::DeepMerge::merge_from(&mut self.pod_failure_policy, other.pod_failure_policy);
        crate::DeepMerge::merge_from(&mut self.pod_replacement_policy, other.pod_replacement_policy);
        crate::DeepMerge::merge_from(&mut self.selector, other.selector);
        crate::DeepMerge::merge_from(&mut self.success_policy, other.success_policy);
        crate::DeepMerge::merge_from(&mut self.suspend, other.suspend);
        crate::DeepMerge::merge_from(&mut self.template, other.template);
        crate::DeepMerge::merge_from(&mut self.ttl_seconds_after_finished, other.ttl_seconds_after_finished);
    }
}

impl<'de> crate::serde::Deserialize<'de> for JobSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_active_deadline_seconds,
            Key_backoff_limit,
            Key_backoff_limit_per_index,
            Key_completion_mode,
            Key_completions,
            Key_managed_by,
            Key_manual_selector,
            Key_max_failed_indexes,
            Key_parallelism,
            Key_pod_failure_policy,
            Key_pod_replacement_policy,
            Key_selector,
            Key_success_policy,
            Key_suspend,
            Key_template,
            Key_ttl_seconds_after_finished,
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
                            "activeDeadlineSeconds" => Field::Key_active_deadline_seconds,
                            "backoffLimit" => Field::Key_backoff_limit,
                            "backoffLimitPerIndex" => Field::Key_backoff_limit_per_index,
                            "completionMode" => Field::Key_completion_mode,
                            "completions" => Field::Key_completions,
                            "managedBy" => Field::Key_managed_by,
                            "manualSelector" => Field::Key_manual_selector,
                            "maxFailedIndexes" => Field::Key_max_failed_indexes,
                            "parallelism" => Field::Key_parallelism,
                            "podFailurePolicy" => Field::Key_pod_failure_policy,
                            "podReplacementPolicy" => Field::Key_pod_replacement_policy,
                            "selector" => Field::Key_selector,
                            "successPolicy" => Field::Key_success_policy,
                            "suspend" => Field::Key_suspend,
                            "template" => Field::Key_template,
                            "ttlSecondsAfterFinished" => Field::Key_ttl_seconds_after_finished,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = JobSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("JobSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_active_deadline_seconds: Option<i64> = None;
                let mut value_backoff_limit: Option<i32> = None;
                let mut value_backoff_limit_per_index: Option<i32> = None;
                let mut value_completion_mode: Option<std::string::String> = None;
                let mut value_completions: Option<i32> = None;
                let mut value_managed_by: Option<std::string::String> = None;
                let mut value_manual_selector: Option<bool> = None;
                let mut value_max_failed_indexes: Option<i32> = None;
                let mut value_parallelism: Option<i32> = None;
                let mut value_pod_failure_policy: Option<crate::api::batch::v1::PodFailurePolicy> = None;
                let mut value_pod_replacement_policy: Option<std::string::String> = None;
                let mut value_selector: Option<crate::apimachinery::pkg::apis::meta::v1::LabelSelector> = None;
                let mut value_success_policy: Option<crate::api::batch::v1::SuccessPolicy> = None;
                let mut value_suspend: Option<bool> = None;
                let mut value_template: Option<crate::api::core::v1::PodTemplateSpec> = None;
                let mut value_ttl_seconds_after_finished: Option<i32> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_active_deadline_seconds => value_active_deadline_seconds = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_backoff_limit => value_backoff_limit = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_backoff_limit_per_index => value_backoff_limit_per_index = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_completion_mode => value_completion_mode = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_completions => value_completions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_managed_by => value_managed_by = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_manual_selector => value_manual_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_max_failed_indexes => value_max_failed_indexes = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_parallelism => value_parallelism = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pod_failure_policy => value_pod_failure_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pod_replacement_policy => value_pod_replacement_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_selector => value_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_success_policy => value_success_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_suspend => value_suspend = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_template => value_template = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_ttl_seconds_after_finished => value_ttl_seconds_after_finished = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(JobSpec {
                    active_deadline_seconds: value_active_deadline_seconds,
                    backoff_limit: value_backoff_limit,
                    backoff_limit_per_index: value_backoff_limit_per_index,
                    completion_mode: value_completion_mode,
                    completions: value_completions,
                    managed_by: value_managed_by,
                    manual_selector: value_manual_selector,
                    max_failed_indexes: value_max_failed_indexes,
                    parallelism: value_parallelism,
                    pod_failure_policy: value_pod_failure_policy,
                    pod_replacement_policy: value_pod_replacement_policy,
                    selector: value_selector,
                    success_policy: value_success_policy,
                    suspend: value_suspend,
                    template: value_template.unwrap_or_default(),
                    ttl_seconds_after_finished: value_ttl_seconds_after_finished,
                })
            }
        }

        deserializer.deserialize_struct(
            "JobSpec",
            &[
                "activeDeadlineSeconds",
                "backoffLimit",
                "backoffLimitPerIndex",
                "completionMode",
                "completions",
                "managedBy",
                "manualSelector",
                "maxFailedIndexes",
                "parallelism",
                "podFailurePolicy",
                "podReplacementPolicy",
                "selector",
                "successPolicy",
                "suspend",
                "template",
                "ttlSecondsAfterFinished",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for JobSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "JobSpec",
            1 +
            self.active_deadline_seconds.as_ref().map_or(0, |_| 1) +
            self.backoff_limit.as_ref().map_or(0, |_| 1) +
            self.backoff_limit_per_index.as_ref().map_or(0, |_| 1) +
            self.completion_mode.as_ref().map_or(0, |_| 1) +
            self.completions.as_ref().map_or(0, |_| 1) +
            self.managed_by.as_ref().map_or(0, |_| 1) +
            self.manual_selector.as_ref().map_or(0, |_| 1) +
            self.max_failed_indexes.as_ref().map_or(0, |_| 1) +
            self.parallelism.as_ref().map_or(0, |_| 1) +
            self.pod_failure_policy.as_ref().map_or(0, |_| 1) +
            self.pod_replacement_policy.as_ref().map_or(0, |_| 1) +
            self.selector.as_ref().map_or(0, |_| 1) +
            self.success_policy.as_ref().map_or(0, |_| 1) +
            self.suspend.as_ref().map_or(0, |_| 1) +
            self.ttl_seconds_after_finished.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.active_deadline_seconds {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "activeDeadlineSeconds", value)?;
        }
        if let Some(value) = &self.backoff_limit {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "backoffLimit", value)?;
        }
        if let Some(value) = &self.backoff_limit_per_index {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "backoffLimitPerIndex", value)?;
        }
        if let Some(value) = &self.completion_mode {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "completionMode", value)?;
        }
        if let Some(value) = &self.completions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "completions", value)?;
        }
        if let Some(value) = &self.managed_by {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "managedBy", value)?;
        }
        if let Some(value) = &self.manual_selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "manualSelector", value)?;
        }
        if let Some(value) = &self.max_failed_indexes {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "maxFailedIndexes", value)?;
        }
        if let Some(value) = &self.parallelism {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "parallelism", value)?;
        }
        if let Some(value) = &self.pod_failure_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "podFailurePolicy", value)?;
        }
        if let Some(value) = &self.pod_replacement_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "podReplacementPolicy", value)?;
        }
        if let Some(value) = &self.selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "selector", value)?;
        }
        if let Some(value) = &self.success_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "successPolicy", value)?;
        }
        if let Some(value) = &self.suspend {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "suspend", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "template", &self.template)?;
        if let Some(value) = &self.ttl_seconds_after_finished {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "ttlSecondsAfterFinished", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static JobSpec_JSON: [crate::json::Field<JobSpec>; 16] = unsafe { [
        crate::json::Field::opt("activeDeadlineSeconds", core::mem::offset_of!(JobSpec, active_deadline_seconds), |s: &JobSpec| &s.active_deadline_seconds),
        crate::json::Field::opt("backoffLimit", core::mem::offset_of!(JobSpec, backoff_limit), |s: &JobSpec| &s.backoff_limit),
        crate::json::Field::opt("backoffLimitPerIndex", core::mem::offset_of!(JobSpec, backoff_limit_per_index), |s: &JobSpec| &s.backoff_limit_per_index),
        crate::json::Field::opt("completionMode", core::mem::offset_of!(JobSpec, completion_mode), |s: &JobSpec| &s.completion_mode),
        crate::json::Field::opt("completions", core::mem::offset_of!(JobSpec, completions), |s: &JobSpec| &s.completions),
        crate::json::Field::opt("managedBy", core::mem::offset_of!(JobSpec, managed_by), |s: &JobSpec| &s.managed_by),
        crate::json::Field::opt("manualSelector", core::mem::offset_of!(JobSpec, manual_selector), |s: &JobSpec| &s.manual_selector),
        crate::json::Field::opt("maxFailedIndexes", core::mem::offset_of!(JobSpec, max_failed_indexes), |s: &JobSpec| &s.max_failed_indexes),
        crate::json::Field::opt("parallelism", core::mem::offset_of!(JobSpec, parallelism), |s: &JobSpec| &s.parallelism),
        crate::json::Field::opt("podFailurePolicy", core::mem::offset_of!(JobSpec, pod_failure_policy), |s: &JobSpec| &s.pod_failure_policy),
        crate::json::Field::opt("podReplacementPolicy", core::mem::offset_of!(JobSpec, pod_replacement_policy), |s: &JobSpec| &s.pod_replacement_policy),
        crate::json::Field::opt("selector", core::mem::offset_of!(JobSpec, selector), |s: &JobSpec| &s.selector),
        crate::json::Field::opt("successPolicy", core::mem::offset_of!(JobSpec, success_policy), |s: &JobSpec| &s.success_policy),
        crate::json::Field::opt("suspend", core::mem::offset_of!(JobSpec, suspend), |s: &JobSpec| &s.suspend),
        crate::json::Field::req("template", core::mem::offset_of!(JobSpec, template), |s: &JobSpec| &s.template),
        crate::json::Field::opt("ttlSecondsAfterFinished", core::mem::offset_of!(JobSpec, ttl_seconds_after_finished), |s: &JobSpec| &s.ttl_seconds_after_finished),
] };

impl crate::json::Json for JobSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("JobSpec", &JobSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("JobSpec", &JobSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&JobSpec_JSON, self)
    }
}

impl Clone for JobSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&JobSpec_JSON, self)
    }
}
