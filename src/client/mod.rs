//! What every component uses to see and change the world: informers (list + watch into a local
//! cache), a deduplicating work queue, an event recorder, and `Ctx`, the typed in-process client
//! each component gets for one turn.

pub mod events;
pub mod informer;
pub mod leaderelection;
pub mod span;
pub mod workqueue;

use crate::api::{Kind, Object, ObjectRef};
use crate::apiserver::errors::ApiResult;
use crate::apiserver::watch::Owner;
use crate::apiserver::{ApiServer, DeleteOptions, Deleted};
use crate::sim::clock::SimTime;

/// One line of the "why did that happen" stream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceEvent {
    pub at: SimTime,
    pub component: String,
    pub message: String,
}

/// A component's view of the cluster for one turn: the clock, the apiserver (through typed calls
/// made as the component's user), the trace, and wakeup requests.
pub struct Ctx<'a> {
    pub now: SimTime,
    pub api: &'a mut ApiServer,
    pub owner: Owner,
    /// The component's identity, e.g. `system:kube-scheduler` or `system:node:node01`.
    pub user: &'a str,
    /// Short name for the trace, e.g. `scheduler`, `kubelet/node01`.
    pub component: &'a str,
    pub trace: &'a mut Vec<TraceEvent>,
    pub wakeups: &'a mut Vec<SimTime>,
}

impl Ctx<'_> {
    pub fn trace(&mut self, message: impl Into<String>) {
        self.trace.push(TraceEvent { at: self.now, component: self.component.to_string(), message: message.into() });
    }
    pub fn wake_at(&mut self, t: SimTime) {
        self.wakeups.push(t.max(self.now));
    }
    pub fn create(&mut self, ns: &str, obj: Object) -> ApiResult<ObjectRef> {
        span::set_actor(self.component);
        let kind = obj.kind();
        self.api.create(self.user, kind, ns, obj, false)
    }
    pub fn update(&mut self, obj: Object) -> ApiResult<ObjectRef> {
        span::set_actor(self.component);
        let (kind, ns) = (obj.kind(), obj.namespace().to_string());
        self.api.update(self.user, kind, &ns, obj, false)
    }
    pub fn update_status(&mut self, obj: Object) -> ApiResult<ObjectRef> {
        span::set_actor(self.component);
        let (kind, ns) = (obj.kind(), obj.namespace().to_string());
        self.api.update(self.user, kind, &ns, obj, true)
    }
    pub fn delete(&mut self, kind: Kind, ns: &str, name: &str, opts: &DeleteOptions) -> ApiResult<Deleted> {
        span::set_actor(self.component);
        self.api.delete(self.user, kind, ns, name, opts)
    }
    pub fn get(&self, kind: Kind, ns: &str, name: &str) -> ApiResult<ObjectRef> {
        self.api.get(kind, ns, name)
    }
    pub fn bind(&mut self, ns: &str, name: &str, node: &str) -> ApiResult<ObjectRef> {
        span::set_actor(self.component);
        self.api.bind(self.user, ns, name, node)
    }
}
