// Generated from definition io.k8s.api.resource.v1beta2.Device

#[derive(Debug, Default, PartialEq)]
pub struct Device {
    pub all_nodes: Option<bool>,

    pub allow_multiple_allocations: Option<bool>,

    pub attributes: Option<std::collections::BTreeMap<std::string::String, crate::api::resource::v1beta2::DeviceAttribute>>,

    pub binding_conditions: Option<std::vec::Vec<std::string::String>>,

    pub binding_failure_conditions: Option<std::vec::Vec<std::string::String>>,

    pub binds_to_node: Option<bool>,

    pub capacity: Option<std::collections::BTreeMap<std::string::String, crate::api::resource::v1beta2::DeviceCapacity>>,

    pub consumes_counters: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceCounterConsumption>>,

    pub name: std::string::String,

    pub node_name: Option<std::string::String>,

    pub node_selector: Option<crate::api::core::v1::NodeSelector>,

    pub taints: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceTaint>>,
}

impl crate::DeepMerge for Device {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.all_nodes, other.all_nodes);
        crate::DeepMerge::merge_from(&mut self.allow_multiple_allocations, other.allow_multiple_allocations);
        crate::merge_strategies::map::granular(&mut self.attributes, other.attributes, |current_item, other_item| {
            crate::DeepMerge::merge_from(current_item, other_item);
        });
        crate::merge_strategies::list::atomic(&mut self.binding_conditions, other.binding_conditions);
        crate::merge_strategies::list::atomic(&mut self.binding_failure_conditions, other.binding_failure_conditions);
        crate::DeepMerge::merge_from(&mut self.binds_to_node, other.binds_to_node);
        crate::merge_strategies::map::granular(&mut self.capacity, other.capacity, |current_item, other_item| {
            crate::DeepMerge::merge_from(current_item, other_item);
        });
        crate::merge_strategies::list::atomic(&mut self.consumes_counters, other.consumes_counters);
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::DeepMerge::merge_from(&mut self.node_name, other.node_name);
        crate::DeepMerge::merge_from(&mut self.node_selector, other.node_selector);
        crate::merge_strategies::list::atomic(&mut self.taints, other.taints);
    }
}

impl<'de> crate::serde::Deserialize<'de> for Device {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_all_nodes,
            Key_allow_multiple_allocations,
            Key_attributes,
            Key_binding_conditions,
            Key_binding_failure_conditions,
            Key_binds_to_node,
            Key_capacity,
            Key_consumes_counters,
            Key_name,
            Key_node_name,
            Key_node_selector,
            Key_taints,
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
                            "allowMultipleAllocations" => Field::Key_allow_multiple_allocations,
                            "attributes" => Field::Key_attributes,
                            "bindingConditions" => Field::Key_binding_conditions,
                            "bindingFailureConditions" => Field::Key_binding_failure_conditions,
                            "bindsToNode" => Field::Key_binds_to_node,
                            "capacity" => Field::Key_capacity,
                            "consumesCounters" => Field::Key_consumes_counters,
                            "name" => Field::Key_name,
                            "nodeName" => Field::Key_node_name,
                            "nodeSelector" => Field::Key_node_selector,
                            "taints" => Field::Key_taints,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = Device;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("Device")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_all_nodes: Option<bool> = None;
                let mut value_allow_multiple_allocations: Option<bool> = None;
                let mut value_attributes: Option<std::collections::BTreeMap<std::string::String, crate::api::resource::v1beta2::DeviceAttribute>> = None;
                let mut value_binding_conditions: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_binding_failure_conditions: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_binds_to_node: Option<bool> = None;
                let mut value_capacity: Option<std::collections::BTreeMap<std::string::String, crate::api::resource::v1beta2::DeviceCapacity>> = None;
                let mut value_consumes_counters: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceCounterConsumption>> = None;
                let mut value_name: Option<std::string::String> = None;
                let mut value_node_name: Option<std::string::String> = None;
                let mut value_node_selector: Option<crate::api::core::v1::NodeSelector> = None;
                let mut value_taints: Option<std::vec::Vec<crate::api::resource::v1beta2::DeviceTaint>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_all_nodes => value_all_nodes = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_allow_multiple_allocations => value_allow_multiple_allocations = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_attributes => value_attributes = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_binding_conditions => value_binding_conditions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_binding_failure_conditions => value_binding_failure_conditions = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_binds_to_node => value_binds_to_node = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_capacity => value_capacity = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_consumes_counters => value_consumes_counters = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_node_name => value_node_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_node_selector => value_node_selector = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_taints => value_taints = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(Device {
                    all_nodes: value_all_nodes,
                    allow_multiple_allocations: value_allow_multiple_allocations,
                    attributes: value_attributes,
                    binding_conditions: value_binding_conditions,
                    binding_failure_conditions: value_binding_failure_conditions,
                    binds_to_node: value_binds_to_node,
                    capacity: value_capacity,
                    consumes_counters: value_consumes_counters,
                    name: value_name.unwrap_or_default(),
                    node_name: value_node_name,
                    node_selector: value_node_selector,
                    taints: value_taints,
                })
            }
        }

        deserializer.deserialize_struct(
            "Device",
            &[
                "allNodes",
                "allowMultipleAllocations",
                "attributes",
                "bindingConditions",
                "bindingFailureConditions",
                "bindsToNode",
                "capacity",
                "consumesCounters",
                "name",
                "nodeName",
                "nodeSelector",
                "taints",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for Device {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "Device",
            1 +
            self.all_nodes.as_ref().map_or(0, |_| 1) +
            self.allow_multiple_allocations.as_ref().map_or(0, |_| 1) +
            self.attributes.as_ref().map_or(0, |_| 1) +
            self.binding_conditions.as_ref().map_or(0, |_| 1) +
            self.binding_failure_conditions.as_ref().map_or(0, |_| 1) +
            self.binds_to_node.as_ref().map_or(0, |_| 1) +
            self.capacity.as_ref().map_or(0, |_| 1) +
            self.consumes_counters.as_ref().map_or(0, |_| 1) +
            self.node_name.as_ref().map_or(0, |_| 1) +
            self.node_selector.as_ref().map_or(0, |_| 1) +
            self.taints.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.all_nodes {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "allNodes", value)?;
        }
        if let Some(value) = &self.allow_multiple_allocations {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "allowMultipleAllocations", value)?;
        }
        if let Some(value) = &self.attributes {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "attributes", value)?;
        }
        if let Some(value) = &self.binding_conditions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "bindingConditions", value)?;
        }
        if let Some(value) = &self.binding_failure_conditions {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "bindingFailureConditions", value)?;
        }
        if let Some(value) = &self.binds_to_node {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "bindsToNode", value)?;
        }
        if let Some(value) = &self.capacity {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "capacity", value)?;
        }
        if let Some(value) = &self.consumes_counters {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "consumesCounters", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", &self.name)?;
        if let Some(value) = &self.node_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nodeName", value)?;
        }
        if let Some(value) = &self.node_selector {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nodeSelector", value)?;
        }
        if let Some(value) = &self.taints {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "taints", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static Device_JSON: [crate::json::Field<Device>; 12] = unsafe { [
        crate::json::Field::opt("allNodes", core::mem::offset_of!(Device, all_nodes), |s: &Device| &s.all_nodes),
        crate::json::Field::opt("allowMultipleAllocations", core::mem::offset_of!(Device, allow_multiple_allocations), |s: &Device| &s.allow_multiple_allocations),
        crate::json::Field::opt("attributes", core::mem::offset_of!(Device, attributes), |s: &Device| &s.attributes),
        crate::json::Field::opt("bindingConditions", core::mem::offset_of!(Device, binding_conditions), |s: &Device| &s.binding_conditions),
        crate::json::Field::opt("bindingFailureConditions", core::mem::offset_of!(Device, binding_failure_conditions), |s: &Device| &s.binding_failure_conditions),
        crate::json::Field::opt("bindsToNode", core::mem::offset_of!(Device, binds_to_node), |s: &Device| &s.binds_to_node),
        crate::json::Field::opt("capacity", core::mem::offset_of!(Device, capacity), |s: &Device| &s.capacity),
        crate::json::Field::opt("consumesCounters", core::mem::offset_of!(Device, consumes_counters), |s: &Device| &s.consumes_counters),
        crate::json::Field::req("name", core::mem::offset_of!(Device, name), |s: &Device| &s.name),
        crate::json::Field::opt("nodeName", core::mem::offset_of!(Device, node_name), |s: &Device| &s.node_name),
        crate::json::Field::opt("nodeSelector", core::mem::offset_of!(Device, node_selector), |s: &Device| &s.node_selector),
        crate::json::Field::opt("taints", core::mem::offset_of!(Device, taints), |s: &Device| &s.taints),
] };

impl crate::json::Json for Device {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("Device", &Device_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("Device", &Device_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&Device_JSON, self)
    }
}

impl Clone for Device {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&Device_JSON, self)
    }
}
