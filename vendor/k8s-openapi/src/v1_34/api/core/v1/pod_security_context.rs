// Generated from definition io.k8s.api.core.v1.PodSecurityContext

#[derive(Debug, Default, PartialEq)]
pub struct PodSecurityContext {
    pub app_armor_profile: Option<crate::api::core::v1::AppArmorProfile>,

    pub fs_group: Option<i64>,

    pub fs_group_change_policy: Option<std::string::String>,

    pub run_as_group: Option<i64>,

    pub run_as_non_root: Option<bool>,

    pub run_as_user: Option<i64>,

    pub se_linux_change_policy: Option<std::string::String>,

    pub se_linux_options: Option<crate::api::core::v1::SELinuxOptions>,

    pub seccomp_profile: Option<crate::api::core::v1::SeccompProfile>,

    pub supplemental_groups: Option<std::vec::Vec<i64>>,

    pub supplemental_groups_policy: Option<std::string::String>,

    pub sysctls: Option<std::vec::Vec<crate::api::core::v1::Sysctl>>,

    pub windows_options: Option<crate::api::core::v1::WindowsSecurityContextOptions>,
}

impl crate::DeepMerge for PodSecurityContext {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.app_armor_profile, other.app_armor_profile);
        crate::DeepMerge::merge_from(&mut self.fs_group, other.fs_group);
        crate::DeepMerge::merge_from(&mut self.fs_group_change_policy, other.fs_group_change_policy);
        crate::DeepMerge::merge_from(&mut self.run_as_group, other.run_as_group);
        crate::DeepMerge::merge_from(&mut self.run_as_non_root, other.run_as_non_root);
        crate::DeepMerge::merge_from(&mut self.run_as_user, other.run_as_user);
        crate::DeepMerge::merge_from(&mut self.se_linux_change_policy, other.se_linux_change_policy);
        crate::DeepMerge::merge_from(&mut self.se_linux_options, other.se_linux_options);
        crate::DeepMerge::merge_from(&mut self.seccomp_profile, other.seccomp_profile);
        crate::merge_strategies::list::atomic(&mut self.supplemental_groups, other.supplemental_groups);
        crate::DeepMerge::merge_from(&mut self.supplemental_groups_policy, other.supplemental_groups_policy);
        crate::merge_strategies::list::atomic(&mut self.sysctls, other.sysctls);
        crate::DeepMerge::merge_from(&mut self.windows_options, other.windows_options);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PodSecurityContext {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_app_armor_profile,
            Key_fs_group,
            Key_fs_group_change_policy,
            Key_run_as_group,
            Key_run_as_non_root,
            Key_run_as_user,
            Key_se_linux_change_policy,
            Key_se_linux_options,
            Key_seccomp_profile,
            Key_supplemental_groups,
            Key_supplemental_groups_policy,
            Key_sysctls,
            Key_windows_options,
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
                            "appArmorProfile" => Field::Key_app_armor_profile,
                            "fsGroup" => Field::Key_fs_group,
                            "fsGroupChangePolicy" => Field::Key_fs_group_change_policy,
                            "runAsGroup" => Field::Key_run_as_group,
                            "runAsNonRoot" => Field::Key_run_as_non_root,
                            "runAsUser" => Field::Key_run_as_user,
                            "seLinuxChangePolicy" => Field::Key_se_linux_change_policy,
                            "seLinuxOptions" => Field::Key_se_linux_options,
                            "seccompProfile" => Field::Key_seccomp_profile,
                            "supplementalGroups" => Field::Key_supplemental_groups,
                            "supplementalGroupsPolicy" => Field::Key_supplemental_groups_policy,
                            "sysctls" => Field::Key_sysctls,
                            "windowsOptions" => Field::Key_windows_options,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PodSecurityContext;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PodSecurityContext")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_app_armor_profile: Option<crate::api::core::v1::AppArmorProfile> = None;
                let mut value_fs_group: Option<i64> = None;
                let mut value_fs_group_change_policy: Option<std::string::String> = None;
                let mut value_run_as_group: Option<i64> = None;
                let mut value_run_as_non_root: Option<bool> = None;
                let mut value_run_as_user: Option<i64> = None;
                let mut value_se_linux_change_policy: Option<std::string::String> = None;
                let mut value_se_linux_options: Option<crate::api::core::v1::SELinuxOptions> = None;
                let mut value_seccomp_profile: Option<crate::api::core::v1::SeccompProfile> = None;
                let mut value_supplemental_groups: Option<std::vec::Vec<i64>> = None;
                let mut value_supplemental_groups_policy: Option<std::string::String> = None;
                let mut value_sysctls: Option<std::vec::Vec<crate::api::core::v1::Sysctl>> = None;
                let mut value_windows_options: Option<crate::api::core::v1::WindowsSecurityContextOptions> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_app_armor_profile => value_app_armor_profile = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_fs_group => value_fs_group = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_fs_group_change_policy => value_fs_group_change_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_run_as_group => value_run_as_group = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_run_as_non_root => value_run_as_non_root = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_run_as_user => value_run_as_user = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_se_linux_change_policy => value_se_linux_change_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_se_linux_options => value_se_linux_options = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_seccomp_profile => value_seccomp_profile = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_supplemental_groups => value_supplemental_groups = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_supplemental_groups_policy => value_supplemental_groups_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_sysctls => value_sysctls = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_windows_options => value_windows_options = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PodSecurityContext {
                    app_armor_profile: value_app_armor_profile,
                    fs_group: value_fs_group,
                    fs_group_change_policy: value_fs_group_change_policy,
                    run_as_group: value_run_as_group,
                    run_as_non_root: value_run_as_non_root,
                    run_as_user: value_run_as_user,
                    se_linux_change_policy: value_se_linux_change_policy,
                    se_linux_options: value_se_linux_options,
                    seccomp_profile: value_seccomp_profile,
                    supplemental_groups: value_supplemental_groups,
                    supplemental_groups_policy: value_supplemental_groups_policy,
                    sysctls: value_sysctls,
                    windows_options: value_windows_options,
                })
            }
        }

        deserializer.deserialize_struct(
            "PodSecurityContext",
            &[
                "appArmorProfile",
                "fsGroup",
                "fsGroupChangePolicy",
                "runAsGroup",
                "runAsNonRoot",
                "runAsUser",
                "seLinuxChangePolicy",
                "seLinuxOptions",
                "seccompProfile",
                "supplementalGroups",
                "supplementalGroupsPolicy",
                "sysctls",
                "windowsOptions",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PodSecurityContext {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PodSecurityContext",
            self.app_armor_profile.as_ref().map_or(0, |_| 1) +
            self.fs_group.as_ref().map_or(0, |_| 1) +
            self.fs_group_change_policy.as_ref().map_or(0, |_| 1) +
            self.run_as_group.as_ref().map_or(0, |_| 1) +
            self.run_as_non_root.as_ref().map_or(0, |_| 1) +
            self.run_as_user.as_ref().map_or(0, |_| 1) +
            self.se_linux_change_policy.as_ref().map_or(0, |_| 1) +
            self.se_linux_options.as_ref().map_or(0, |_| 1) +
            self.seccomp_profile.as_ref().map_or(0, |_| 1) +
            self.supplemental_groups.as_ref().map_or(0, |_| 1) +
            self.supplemental_groups_policy.as_ref().map_or(0, |_| 1) +
            self.sysctls.as_ref().map_or(0, |_| 1) +
            self.windows_options.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.app_armor_profile {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "appArmorProfile", value)?;
        }
        if let Some(value) = &self.fs_group {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "fsGroup", value)?;
        }
        if let Some(value) = &self.fs_group_change_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "fsGroupChangePolicy", value)?;
        }
        if let Some(value) = &self.run_as_group {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "runAsGroup", value)?;
        }
        if let Some(value) = &self.run_as_non_root {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "runAsNonRoot", value)?;
        }
        if let Some(value) = &self.run_as_user {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "runAsUser", value)?;
        }
        if let Some(value) = &self.se_linux_change_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "seLinuxChangePolicy", value)?;
        }
        if let Some(value) = &self.se_linux_options {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "seLinuxOptions", value)?;
        }
        if let Some(value) = &self.seccomp_profile {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "seccompProfile", value)?;
        }
        if let Some(value) = &self.supplemental_groups {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "supplementalGroups", value)?;
        }
        if let Some(value) = &self.supplemental_groups_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "supplementalGroupsPolicy", value)?;
        }
        if let Some(value) = &self.sysctls {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "sysctls", value)?;
        }
        if let Some(value) = &self.windows_options {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "windowsOptions", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PodSecurityContext_JSON: [crate::json::Field<PodSecurityContext>; 13] = unsafe { [
        crate::json::Field::opt("appArmorProfile", core::mem::offset_of!(PodSecurityContext, app_armor_profile), |s: &PodSecurityContext| &s.app_armor_profile),
        crate::json::Field::opt("fsGroup", core::mem::offset_of!(PodSecurityContext, fs_group), |s: &PodSecurityContext| &s.fs_group),
        crate::json::Field::opt("fsGroupChangePolicy", core::mem::offset_of!(PodSecurityContext, fs_group_change_policy), |s: &PodSecurityContext| &s.fs_group_change_policy),
        crate::json::Field::opt("runAsGroup", core::mem::offset_of!(PodSecurityContext, run_as_group), |s: &PodSecurityContext| &s.run_as_group),
        crate::json::Field::opt("runAsNonRoot", core::mem::offset_of!(PodSecurityContext, run_as_non_root), |s: &PodSecurityContext| &s.run_as_non_root),
        crate::json::Field::opt("runAsUser", core::mem::offset_of!(PodSecurityContext, run_as_user), |s: &PodSecurityContext| &s.run_as_user),
        crate::json::Field::opt("seLinuxChangePolicy", core::mem::offset_of!(PodSecurityContext, se_linux_change_policy), |s: &PodSecurityContext| &s.se_linux_change_policy),
        crate::json::Field::opt("seLinuxOptions", core::mem::offset_of!(PodSecurityContext, se_linux_options), |s: &PodSecurityContext| &s.se_linux_options),
        crate::json::Field::opt("seccompProfile", core::mem::offset_of!(PodSecurityContext, seccomp_profile), |s: &PodSecurityContext| &s.seccomp_profile),
        crate::json::Field::opt("supplementalGroups", core::mem::offset_of!(PodSecurityContext, supplemental_groups), |s: &PodSecurityContext| &s.supplemental_groups),
        crate::json::Field::opt("supplementalGroupsPolicy", core::mem::offset_of!(PodSecurityContext, supplemental_groups_policy), |s: &PodSecurityContext| &s.supplemental_groups_policy),
        crate::json::Field::opt("sysctls", core::mem::offset_of!(PodSecurityContext, sysctls), |s: &PodSecurityContext| &s.sysctls),
        crate::json::Field::opt("windowsOptions", core::mem::offset_of!(PodSecurityContext, windows_options), |s: &PodSecurityContext| &s.windows_options),
] };

impl crate::json::Json for PodSecurityContext {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PodSecurityContext", &PodSecurityContext_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PodSecurityContext", &PodSecurityContext_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PodSecurityContext_JSON, self)
    }
}

impl Clone for PodSecurityContext {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PodSecurityContext_JSON, self)
    }
}
