//! The event recorder (client-go `record`): core/v1 Events named `<object>.<hex nanos>`, with the
//! correlator's counting of repeats (same source, object, reason and message → count + 1).

use super::Ctx;
use crate::api::core::{Event, EventSource, ObjectReference};
use crate::api::metav1::{MicroTime, ObjectMeta};
use crate::api::{Object, Typed};
use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct Recorder {
    /// component name, e.g. `default-scheduler`, `kubelet`, `replication-controller`.
    pub component: String,
    pub host: Option<String>,
    seen: BTreeMap<String, String>,
}

pub const NORMAL: &str = "Normal";
pub const WARNING: &str = "Warning";

impl Recorder {
    pub fn new(component: &str, host: Option<&str>) -> Self {
        Recorder { component: component.to_string(), host: host.map(str::to_string), seen: BTreeMap::new() }
    }

    /// Records an event about `obj`. Failures are dropped, as client-go drops them.
    pub fn event(&mut self, ctx: &mut Ctx, obj: &Object, type_: &str, reason: &str, message: &str) {
        self.event_with_field(ctx, obj, None, type_, reason, message);
    }

    pub fn event_with_field(&mut self, ctx: &mut Ctx, obj: &Object, field_path: Option<&str>, type_: &str, reason: &str, message: &str) {
        let info = obj.kind().info();
        let ns = if obj.namespace().is_empty() { "default".to_string() } else { obj.namespace().to_string() };
        let correlation = format!("{}/{}/{}/{}/{}/{:?}", obj.uid(), reason, message, type_, ns, field_path);
        let now_time = ctx.api.epoch().time(ctx.now);
        if let Some(name) = self.seen.get(&correlation).cloned() {
            if let Ok(existing) = ctx.get(crate::api::Kind::Event, &ns, &name) {
                if let Some(ev) = Event::from_object(&existing) {
                    let mut ev = ev.clone();
                    ev.count = Some(ev.count.unwrap_or(1) + 1);
                    ev.last_timestamp = Some(now_time.clone());
                    if ctx.update(ev.into_object()).is_ok() {
                        return;
                    }
                }
            }
        }
        let nanos = (ctx.api.epoch().unix_ms as i128 + ctx.now.as_millis() as i128) * 1_000_000 + self.seen.len() as i128;
        let name = format!("{}.{:x}", obj.name(), nanos);
        let event = Event {
            metadata: ObjectMeta { name: Some(name.clone()), namespace: Some(ns.clone()), ..Default::default() },
            involved_object: ObjectReference {
                api_version: Some(info.api_version.to_string()),
                kind: Some(info.kind.to_string()),
                name: Some(obj.name().to_string()),
                namespace: (!obj.namespace().is_empty()).then(|| obj.namespace().to_string()),
                uid: Some(obj.uid().to_string()),
                resource_version: obj.meta().resource_version.clone(),
                field_path: field_path.map(str::to_string),
            },
            reason: Some(reason.to_string()),
            message: Some(message.to_string()),
            source: Some(EventSource { component: Some(self.component.clone()), host: self.host.clone() }),
            first_timestamp: Some(now_time.clone()),
            last_timestamp: Some(now_time),
            count: Some(1),
            type_: Some(type_.to_string()),
            event_time: None::<MicroTime>,
            reporting_component: Some(self.component.clone()),
            reporting_instance: Some(self.host.clone().unwrap_or_default()),
            ..Default::default()
        };
        if ctx.create(&ns, event.into_object()).is_ok() {
            if self.seen.len() > 4096 {
                self.seen.clear();
            }
            self.seen.insert(correlation, name);
        }
        ctx.trace(format!("event {} {} {}/{}: {}", type_, reason, info.kind, obj.name(), message));
    }
}
