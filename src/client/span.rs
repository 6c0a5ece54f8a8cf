//! Why a component is doing what it does, for the timeline: the current span — which component
//! acts (`replicaset-controller`, `kubelet/node02`) and the revision of the write it reacts to.
//! Like a tracing library's current span it travels beside the calls instead of through them:
//! a controller's event handler runs with the cause of the watch event it handles, the work
//! queue remembers it for each key it adds, a worker that pops the key resumes it, and every
//! write the apiserver records carries the span it was made in. The simulation runs on one
//! thread and a component's turn sets the span before it acts, so the same seed and commands
//! give the same causes.

use crate::api::ObjectRef;
use std::cell::RefCell;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// Who acts ("" for a client outside the cluster, such as the learner's kubectl).
    pub actor: String,
    /// The revision of the write being reacted to (0: none; the learner's own commands).
    pub cause: i64,
}

thread_local! {
    static CURRENT: RefCell<Span> = RefCell::new(Span::default());
}

/// The span writes are made in now.
pub fn current() -> Span {
    CURRENT.with(|c| c.borrow().clone())
}

/// Starts a fresh span: `actor` acting on no known cause (a component's turn, a command).
pub fn enter(actor: &str) {
    CURRENT.with(|c| {
        let mut s = c.borrow_mut();
        s.actor.clear();
        s.actor.push_str(actor);
        s.cause = 0;
    });
}

/// Names who acts, keeping the cause.
pub fn set_actor(actor: &str) {
    CURRENT.with(|c| {
        let mut s = c.borrow_mut();
        if s.actor != actor {
            s.actor.clear();
            s.actor.push_str(actor);
        }
    });
}

/// The revision being reacted to.
pub fn cause() -> i64 {
    CURRENT.with(|c| c.borrow().cause)
}

pub fn set_cause(rev: i64) {
    CURRENT.with(|c| c.borrow_mut().cause = rev);
}

/// Reacting to this object as it was written (its resourceVersion is that write's revision).
pub fn caused_by(obj: &ObjectRef) {
    set_cause(revision_of(obj));
}

pub fn revision_of(obj: &ObjectRef) -> i64 {
    obj.meta().resource_version.as_deref().and_then(|v| v.parse().ok()).unwrap_or(0)
}
