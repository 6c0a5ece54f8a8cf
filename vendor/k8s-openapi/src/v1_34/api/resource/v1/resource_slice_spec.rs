// Generated from definition io.k8s.api.resource.v1.ResourceSliceSpec

#[derive(Debug, Default, PartialEq)]
pub struct ResourceSliceSpec {
    pub all_nodes: Option<bool>,

    pub devices: Option<std::vec::Vec<crate::api::resource::v1::Device>>,

    pub driver: std::string::String,

    pub node_name: Option<std::string::String>,

    pub node_selector: Option<crate::api::core::v1::NodeSelector>,

    pub per_device_node_selection: Option<bool>,

    pub pool: crate::api::resource::v1::ResourcePool,

    pub shared_counters: Option<std::vec::Vec<crate::api::resource::v1::CounterSet>>,
}

impl crate::DeepMerge for ResourceSliceSpec {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.all_nodes, other.all_nodes);
        crate::merge_strategies::list::atomic(&mut self.devices, other.devices);
        crate::DeepMerge::merge_from(&mut self.driver, other.driver);
        crate::DeepMerge::merge_from(&mut self.node_name, other.node_name);
        crate::DeepMerge::merge_from(&mut self.node_selector, other.node_selector);
        crate::DeepMerge::merge_from(&mut self.per_device_node_selection, other.per_device_node_selection);
        crate::DeepMerge::merge_from(&mut self.pool, other.pool);
        crate::merge_strategies::list::atomic(&mut self.shared_counters, other.shared_counters);
    }
}

impl<'de> crate::serde::Deserialize<'de> for ResourceSliceSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_all_nodes,
            Key_devices,
            Key_driver,
            Key_node_name,
            Key_node_selector,
            Key_per_device_node_selection,
            Key_pool,
            Key_shared_counters,
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
                            "allNodes" => Field::Key_all_nodes,
                            "devices" => Field::Key_devices,
                            "driver" => Field::Key_driver,
                            "nodeName" => Field::Key_node_name,
                            "nodeSelector" => Field::Key_node_selector,
                            "perDeviceNodeSelection" => Field::Key_per_device_node_selection,
                            "pool" => Field::Key_pool,
                            "sharedCounters" => Field::Key_shared_counters,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = ResourceSliceSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("ResourceSliceSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_all_nodes: Option<bool> = None;
                let mut value_devices: Option<std::vec::Vec<crate::api::resource::v1::Device>> = None;
                let mut value_driver: Option<std::string::String> = None;
                let mut value_node_name: Option<std::string::String> = None;
                let mut value_node_selector: Option<crate::api::core::v1::NodeSelector> = None;
                let mut value_per_device_node_selection: Option<bool> = None;
                let mut value_pool: Option<crate::api::resource::v1::ResourcePool> = None;
                let mut value_shared_counters: Option<std::vec::Vec<crate::api::resource::v1::CounterSet>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_all_nodes => value_all_nodes = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_devices => value_devices = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_driver => value_driver = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_node_name => value_node_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_node_selector => value_node_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_per_device_node_selection => value_per_device_node_selection = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_pool => value_pool = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_shared_counters => value_shared_counters = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(ResourceSliceSpec {
                    all_nodes: value_all_nodes,
                    devices: value_devices,
                    driver: value_driver.unwrap_or_default(),
                    node_name: value_node_name,
                    node_selector: value_node_selector,
                    per_device_node_selection: value_per_device_node_selection,
                    pool: value_pool.unwrap_or_default(),
                    shared_counters: value_shared_counters,
                })
            }
        }

        deserializer.deserialize_struct(
            "ResourceSliceSpec",
            &[
                "allNodes",
                "devices",
                "driver",
                "nodeName",
                "nodeSelector",
                "perDeviceNodeSelection",
                "pool",
                "sharedCounters",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for ResourceSliceSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "ResourceSliceSpec",
            2 +
            self.all_nodes.as_ref().map_or(0, |_| 1) +
            self.devices.as_ref().map_or(0, |_| 1) +
            self.node_name.as_ref().map_or(0, |_| 1) +
            self.node_selector.as_ref().map_or(0, |_| 1) +
            self.per_device_node_selection.as_ref().map_or(0, |_| 1) +
            self.shared_counters.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.all_nodes {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "allNodes", value)?;
        }
        if let Some(value) = &self.devices {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "devices", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "driver", &self.driver)?;
        if let Some(value) = &self.node_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nodeName", value)?;
        }
        if let Some(value) = &self.node_selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nodeSelector", value)?;
        }
        if let Some(value) = &self.per_device_node_selection {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "perDeviceNodeSelection", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "pool", &self.pool)?;
        if let Some(value) = &self.shared_counters {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "sharedCounters", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static ResourceSliceSpec_JSON: [crate::json::Field<ResourceSliceSpec>; 8] = unsafe { [
        crate::json::Field::opt("allNodes", core::mem::offset_of!(ResourceSliceSpec, all_nodes), |s: &ResourceSliceSpec| &s.all_nodes),
        crate::json::Field::opt("devices", core::mem::offset_of!(ResourceSliceSpec, devices), |s: &ResourceSliceSpec| &s.devices),
        crate::json::Field::req("driver", core::mem::offset_of!(ResourceSliceSpec, driver), |s: &ResourceSliceSpec| &s.driver),
        crate::json::Field::opt("nodeName", core::mem::offset_of!(ResourceSliceSpec, node_name), |s: &ResourceSliceSpec| &s.node_name),
        crate::json::Field::opt("nodeSelector", core::mem::offset_of!(ResourceSliceSpec, node_selector), |s: &ResourceSliceSpec| &s.node_selector),
        crate::json::Field::opt("perDeviceNodeSelection", core::mem::offset_of!(ResourceSliceSpec, per_device_node_selection), |s: &ResourceSliceSpec| &s.per_device_node_selection),
        crate::json::Field::req("pool", core::mem::offset_of!(ResourceSliceSpec, pool), |s: &ResourceSliceSpec| &s.pool),
        crate::json::Field::opt("sharedCounters", core::mem::offset_of!(ResourceSliceSpec, shared_counters), |s: &ResourceSliceSpec| &s.shared_counters),
] };

impl crate::json::Json for ResourceSliceSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("ResourceSliceSpec", &ResourceSliceSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("ResourceSliceSpec", &ResourceSliceSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&ResourceSliceSpec_JSON, self)
    }
}

impl Clone for ResourceSliceSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&ResourceSliceSpec_JSON, self)
    }
}
