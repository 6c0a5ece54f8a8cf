// Generated from definition io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookConversion

#[derive(Debug, Default, PartialEq)]
pub struct WebhookConversion {
    pub client_config: Option<std::boxed::Box<crate::apiextensions_apiserver::pkg::apis::apiextensions::v1::WebhookClientConfig>>,

    pub conversion_review_versions: std::vec::Vec<std::string::String>,
}

impl crate::DeepMerge for WebhookConversion {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.client_config, other.client_config);
        crate::merge_strategies::list::atomic(&mut self.conversion_review_versions, other.conversion_review_versions);
    }
}

impl<'de> crate::serde::Deserialize<'de> for WebhookConversion {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_client_config,
            Key_conversion_review_versions,
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
                            "clientConfig" => Field::Key_client_config,
                            "conversionReviewVersions" => Field::Key_conversion_review_versions,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = WebhookConversion;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("WebhookConversion")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_client_config: Option<std::boxed::Box<crate::apiextensions_apiserver::pkg::apis::apiextensions::v1::WebhookClientConfig>> = None;
                let mut value_conversion_review_versions: Option<std::vec::Vec<std::string::String>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_client_config => value_client_config = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_conversion_review_versions => value_conversion_review_versions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(WebhookConversion {
                    client_config: value_client_config,
                    conversion_review_versions: value_conversion_review_versions.unwrap_or_default(),
                })
            }
        }

        deserializer.deserialize_struct(
            "WebhookConversion",
            &[
                "clientConfig",
                "conversionReviewVersions",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for WebhookConversion {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "WebhookConversion",
            1 +
            self.client_config.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.client_config {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "clientConfig", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "conversionReviewVersions", &self.conversion_review_versions)?;
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static WebhookConversion_JSON: [crate::json::Field<WebhookConversion>; 2] = unsafe { [
        crate::json::Field::opt("clientConfig", core::mem::offset_of!(WebhookConversion, client_config), |s: &WebhookConversion| &s.client_config),
        crate::json::Field::req("conversionReviewVersions", core::mem::offset_of!(WebhookConversion, conversion_review_versions), |s: &WebhookConversion| &s.conversion_review_versions),
] };

impl crate::json::Json for WebhookConversion {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("WebhookConversion", &WebhookConversion_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("WebhookConversion", &WebhookConversion_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&WebhookConversion_JSON, self)
    }
}

impl Clone for WebhookConversion {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&WebhookConversion_JSON, self)
    }
}
