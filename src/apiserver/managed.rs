//! Who writes: the field manager each write is recorded as (the request's `fieldManager`, its
//! User-Agent's product, or the component), and the write's fields recorded in the object's
//! managedFields (`fields` does the merging and comparing).

use super::{fields, ApiServer};
use crate::api::{Kind, Object};

impl ApiServer {
    /// Names the manager the next writes are recorded as (None: each by its user).
    pub fn set_field_manager(&mut self, manager: Option<&str>) {
        self.request_manager = manager.map(str::to_string);
    }

    /// The manager a write by `user` is recorded as: the request's, else the component's.
    pub(super) fn set_writer(&mut self, user: &str, subresource: &str) {
        // The apiserver's own writes (an eviction's PDB status) are its own, whoever asked.
        let own = (user == "system:apiserver").then(|| "kube-apiserver".to_string());
        let manager = own.or_else(|| self.request_manager.clone()).unwrap_or_else(|| {
            match user {
                "system:kube-controller-manager" | "system:serviceaccount:kube-system:service-controller" => "kube-controller-manager",
                "system:kube-scheduler" => "kube-scheduler",
                "system:serviceaccount:kube-system:kube-proxy" => "kube-proxy",
                "system:serviceaccount:ingress-nginx:ingress-nginx" => "nginx-ingress-controller",
                "system:serviceaccount:local-path-storage:local-path-provisioner-service-account" => "local-path-provisioner",
                u if u.starts_with("system:node:") => "kubelet",
                // The learner's kubectl names its manager for the verbs that have one; the
                // others go by its User-Agent, `kubectl/v1.34.1 …`.
                _ => "kubectl",
            }
            .to_string()
        });
        self.writer = fields::Writer { manager, subresource: subresource.to_string() };
    }

    /// Records the write of `obj` (replacing `old`, or created) in its managedFields, unless a
    /// server-side apply already did. `old` and `new_json` carry the objects' JSON as written
    /// for the store.
    pub(super) fn track_fields(&mut self, kind: Kind, old: Option<(&Object, &str)>, obj: &mut Object, new_json: &str) {
        if self.applying {
            return;
        }
        let sub = self.writer.subresource.clone();
        // `managedFields: [{}]` clears them; a status write cannot set them; other writes can (a
        // client that does not know them sends none, and keeps the object's).
        let reset = sub != "status" && fields::is_reset(obj.meta().managed_fields.as_ref());
        let sent = obj.meta_mut().managed_fields.take().filter(|m| !m.is_empty() && !reset && sub != "status");
        let from_old = || old.and_then(|(o, _)| o.meta().managed_fields.clone());
        let base = if reset { None } else { sent.clone().filter(|m| m.iter().any(|e| e.fields_v1.is_some())).or_else(from_old) };
        let live = old.map_or_else(|| fields::zero(kind), |(_, json)| fields::parse_plain(json, kind, &sub));
        let new = fields::parse_plain(new_json, kind, &sub);
        let Some(changes) = fields::changes(kind, &live, &new, &sub) else {
            obj.meta_mut().managed_fields = base;
            return;
        };
        let now = self.epoch.time(self.now);
        let entries = fields::update(kind, changes, fields::decode(base.as_ref()), &self.writer, &now);
        obj.meta_mut().managed_fields = fields::encode(entries);
    }
}
