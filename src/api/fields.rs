//! Field selectors (`spec.nodeName=node01`, `metadata.name=x`, `status.phase!=Running`), with the
//! fields each kind supports, as the apiserver's per-kind `GetAttrs` functions list them.

use super::{Kind, Object};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldRequirement {
    pub field: String,
    pub value: String,
    pub negate: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldSelector {
    pub requirements: Vec<FieldRequirement>,
}

impl FieldSelector {
    /// Parses `a=b,c!=d`; checks each field is one the kind supports.
    pub fn parse(text: &str, kind: Kind) -> Result<Self, String> {
        let mut sel = FieldSelector::default();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (field, value, negate) = if let Some((f, v)) = part.split_once("!=") {
                (f, v, true)
            } else if let Some((f, v)) = part.split_once("==") {
                (f, v, false)
            } else if let Some((f, v)) = part.split_once('=') {
                (f, v, false)
            } else {
                return Err(format!("invalid selector: '{}'; can't understand '{}'", text, part));
            };
            let field = field.trim();
            if !supported_fields(kind).contains(&field) {
                return Err(format!(
                    "field label not supported: {}",
                    field
                ));
            }
            sel.requirements.push(FieldRequirement { field: field.to_string(), value: value.trim().to_string(), negate });
        }
        Ok(sel)
    }

    pub fn is_empty(&self) -> bool {
        self.requirements.is_empty()
    }

    pub fn matches(&self, obj: &Object) -> bool {
        self.requirements.iter().all(|r| (field_value(obj, &r.field).as_deref() == Some(r.value.as_str())) != r.negate)
    }

    /// The value an exact `field=value` requirement pins, used to index watches (pods by node).
    pub fn exact(&self, field: &str) -> Option<&str> {
        self.requirements.iter().find(|r| r.field == field && !r.negate).map(|r| r.value.as_str())
    }
}

pub fn supported_fields(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Pod => &[
            "metadata.name",
            "metadata.namespace",
            "spec.nodeName",
            "spec.restartPolicy",
            "spec.schedulerName",
            "spec.serviceAccountName",
            "spec.hostNetwork",
            "status.phase",
            "status.podIP",
            "status.nominatedNodeName",
        ],
        Kind::Event => &[
            "metadata.name",
            "metadata.namespace",
            "involvedObject.kind",
            "involvedObject.namespace",
            "involvedObject.name",
            "involvedObject.uid",
            "involvedObject.apiVersion",
            "involvedObject.resourceVersion",
            "involvedObject.fieldPath",
            "reason",
            "reportingComponent",
            "source",
            "type",
        ],
        Kind::Node => &["metadata.name", "spec.unschedulable"],
        Kind::Namespace => &["metadata.name", "status.phase"],
        _ => &["metadata.name", "metadata.namespace"],
    }
}

/// The value of a selectable field of an object.
pub fn field_value(obj: &Object, field: &str) -> Option<String> {
    let meta = obj.meta();
    match field {
        "metadata.name" => return meta.name.clone(),
        "metadata.namespace" => return Some(meta.namespace.clone().unwrap_or_default()),
        _ => {}
    }
    match obj {
        Object::Pod(p) => {
            let spec = p.spec.as_ref();
            let status = p.status.as_ref();
            match field {
                "spec.nodeName" => Some(spec.and_then(|s| s.node_name.clone()).unwrap_or_default()),
                "spec.restartPolicy" => Some(spec.and_then(|s| s.restart_policy.clone()).unwrap_or_default()),
                "spec.schedulerName" => Some(spec.and_then(|s| s.scheduler_name.clone()).unwrap_or_default()),
                "spec.serviceAccountName" => Some(spec.and_then(|s| s.service_account_name.clone()).unwrap_or_default()),
                "spec.hostNetwork" => Some(spec.and_then(|s| s.host_network).unwrap_or(false).to_string()),
                "status.phase" => Some(status.and_then(|s| s.phase.clone()).unwrap_or_default()),
                "status.podIP" => Some(status.and_then(|s| s.pod_ip.clone()).unwrap_or_default()),
                "status.nominatedNodeName" => Some(status.and_then(|s| s.nominated_node_name.clone()).unwrap_or_default()),
                _ => None,
            }
        }
        Object::Event(e) => match field {
            "involvedObject.kind" => Some(e.involved_object.kind.clone().unwrap_or_default()),
            "involvedObject.namespace" => Some(e.involved_object.namespace.clone().unwrap_or_default()),
            "involvedObject.name" => Some(e.involved_object.name.clone().unwrap_or_default()),
            "involvedObject.uid" => Some(e.involved_object.uid.clone().unwrap_or_default()),
            "involvedObject.apiVersion" => Some(e.involved_object.api_version.clone().unwrap_or_default()),
            "involvedObject.resourceVersion" => Some(e.involved_object.resource_version.clone().unwrap_or_default()),
            "involvedObject.fieldPath" => Some(e.involved_object.field_path.clone().unwrap_or_default()),
            "reason" => Some(e.reason.clone().unwrap_or_default()),
            "reportingComponent" => Some(e.reporting_component.clone().unwrap_or_default()),
            "source" => Some(e.source.as_ref().and_then(|s| s.component.clone()).unwrap_or_default()),
            "type" => Some(e.type_.clone().unwrap_or_default()),
            _ => None,
        },
        Object::Node(n) => match field {
            "spec.unschedulable" => Some(n.spec.as_ref().and_then(|s| s.unschedulable).unwrap_or(false).to_string()),
            _ => None,
        },
        Object::Namespace(n) => match field {
            "status.phase" => Some(n.status.as_ref().and_then(|s| s.phase.clone()).unwrap_or_default()),
            _ => None,
        },
        _ => None,
    }
}
