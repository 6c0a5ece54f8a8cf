// Generated from definition io.k8s.api.core.v1.WindowsSecurityContextOptions

#[derive(Debug, Default, PartialEq)]
pub struct WindowsSecurityContextOptions {
    pub gmsa_credential_spec: Option<std::string::String>,

    pub gmsa_credential_spec_name: Option<std::string::String>,

    pub host_process: Option<bool>,

    pub run_as_user_name: Option<std::string::String>,
}

impl crate::DeepMerge for WindowsSecurityContextOptions {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.gmsa_credential_spec, other.gmsa_credential_spec);
        crate::DeepMerge::merge_from(&mut self.gmsa_credential_spec_name, other.gmsa_credential_spec_name);
        crate::DeepMerge::merge_from(&mut self.host_process, other.host_process);
        crate::DeepMerge::merge_from(&mut self.run_as_user_name, other.run_as_user_name);
    }
}

impl<'de> crate::serde::Deserialize<'de> for WindowsSecurityContextOptions {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_gmsa_credential_spec,
            Key_gmsa_credential_spec_name,
            Key_host_process,
            Key_run_as_user_name,
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
                            "gmsaCredentialSpec" => Field::Key_gmsa_credential_spec,
                            "gmsaCredentialSpecName" => Field::Key_gmsa_credential_spec_name,
                            "hostProcess" => Field::Key_host_process,
                            "runAsUserName" => Field::Key_run_as_user_name,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = WindowsSecurityContextOptions;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("WindowsSecurityContextOptions")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_gmsa_credential_spec: Option<std::string::String> = None;
                let mut value_gmsa_credential_spec_name: Option<std::string::String> = None;
                let mut value_host_process: Option<bool> = None;
                let mut value_run_as_user_name: Option<std::string::String> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_gmsa_credential_spec => value_gmsa_credential_spec = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_gmsa_credential_spec_name => value_gmsa_credential_spec_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_host_process => value_host_process = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_run_as_user_name => value_run_as_user_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(WindowsSecurityContextOptions {
                    gmsa_credential_spec: value_gmsa_credential_spec,
                    gmsa_credential_spec_name: value_gmsa_credential_spec_name,
                    host_process: value_host_process,
                    run_as_user_name: value_run_as_user_name,
                })
            }
        }

        deserializer.deserialize_struct(
            "WindowsSecurityContextOptions",
            &[
                "gmsaCredentialSpec",
                "gmsaCredentialSpecName",
                "hostProcess",
                "runAsUserName",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for WindowsSecurityContextOptions {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "WindowsSecurityContextOptions",
            self.gmsa_credential_spec.as_ref().map_or(0, |_| 1) +
            self.gmsa_credential_spec_name.as_ref().map_or(0, |_| 1) +
            self.host_process.as_ref().map_or(0, |_| 1) +
            self.run_as_user_name.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.gmsa_credential_spec {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "gmsaCredentialSpec", value)?;
        }
        if let Some(value) = &self.gmsa_credential_spec_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "gmsaCredentialSpecName", value)?;
        }
        if let Some(value) = &self.host_process {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hostProcess", value)?;
        }
        if let Some(value) = &self.run_as_user_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "runAsUserName", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static WindowsSecurityContextOptions_JSON: [crate::json::Field<WindowsSecurityContextOptions>; 4] = unsafe { [
        crate::json::Field::opt("gmsaCredentialSpec", core::mem::offset_of!(WindowsSecurityContextOptions, gmsa_credential_spec), |s: &WindowsSecurityContextOptions| &s.gmsa_credential_spec),
        crate::json::Field::opt("gmsaCredentialSpecName", core::mem::offset_of!(WindowsSecurityContextOptions, gmsa_credential_spec_name), |s: &WindowsSecurityContextOptions| &s.gmsa_credential_spec_name),
        crate::json::Field::opt("hostProcess", core::mem::offset_of!(WindowsSecurityContextOptions, host_process), |s: &WindowsSecurityContextOptions| &s.host_process),
        crate::json::Field::opt("runAsUserName", core::mem::offset_of!(WindowsSecurityContextOptions, run_as_user_name), |s: &WindowsSecurityContextOptions| &s.run_as_user_name),
] };

impl crate::json::Json for WindowsSecurityContextOptions {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("WindowsSecurityContextOptions", &WindowsSecurityContextOptions_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("WindowsSecurityContextOptions", &WindowsSecurityContextOptions_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&WindowsSecurityContextOptions_JSON, self)
    }
}

impl Clone for WindowsSecurityContextOptions {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&WindowsSecurityContextOptions_JSON, self)
    }
}
