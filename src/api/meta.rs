//! ObjectMeta helpers: cache keys, owner references, and virtual time as Kubernetes timestamps.

use super::metav1::{ObjectMeta, OwnerReference, Time};
use crate::sim::clock::SimTime;

/// `namespace/name`, or `name` for cluster-scoped objects (client-go's MetaNamespaceKeyFunc).
pub fn cache_key(namespace: &str, name: &str) -> String {
    if namespace.is_empty() {
        name.to_string()
    } else {
        format!("{}/{}", namespace, name)
    }
}

/// Splits a cache key back into (namespace, name).
pub fn split_key(key: &str) -> (&str, &str) {
    match key.split_once('/') {
        Some((ns, name)) => (ns, name),
        None => ("", key),
    }
}

/// `metav1.NewControllerRef`: the reference a controller puts on what it creates.
pub fn controller_ref(api_version: &str, kind: &str, owner: &ObjectMeta) -> OwnerReference {
    OwnerReference {
        api_version: api_version.into(),
        kind: kind.into(),
        name: owner.name.clone().unwrap_or_default(),
        uid: owner.uid.clone().unwrap_or_default(),
        controller: Some(true),
        block_owner_deletion: Some(true),
    }
}

/// The owner reference with `controller: true`, if any.
pub fn controller_of(meta: &ObjectMeta) -> Option<&OwnerReference> {
    meta.owner_references.as_ref()?.iter().find(|r| r.controller == Some(true))
}

/// Converts between virtual time and Kubernetes timestamps, given the cluster's epoch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Epoch {
    /// Unix milliseconds of `SimTime::ZERO`.
    pub unix_ms: i64,
}

impl Epoch {
    pub fn time(self, t: SimTime) -> Time {
        Time(self.timestamp(t))
    }
    /// Kubernetes timestamps have second precision on the wire; keep the seconds.
    pub fn timestamp(self, t: SimTime) -> k8s_openapi::jiff::Timestamp {
        let secs = (self.unix_ms + t.as_millis() as i64) / 1000;
        k8s_openapi::jiff::Timestamp::from_second(secs).unwrap_or(k8s_openapi::jiff::Timestamp::UNIX_EPOCH)
    }
    /// Microsecond precision, for MicroTime fields (events, leases).
    pub fn micro_timestamp(self, t: SimTime) -> k8s_openapi::jiff::Timestamp {
        let ms = self.unix_ms + t.as_millis() as i64;
        k8s_openapi::jiff::Timestamp::from_millisecond(ms).unwrap_or(k8s_openapi::jiff::Timestamp::UNIX_EPOCH)
    }
    /// Nanoseconds since the epoch's instant for a timestamp (may be negative).
    pub fn nanos_since(self, ts: &k8s_openapi::jiff::Timestamp, now: SimTime) -> i128 {
        let now_ns = (self.unix_ms as i128 + now.as_millis() as i128) * 1_000_000;
        now_ns - ts.as_nanosecond()
    }
    /// The virtual time of a timestamp (clamped at zero).
    pub fn sim_time(self, ts: &k8s_openapi::jiff::Timestamp) -> SimTime {
        let ms = ts.as_millisecond() - self.unix_ms;
        SimTime::from_millis(ms.max(0) as u64)
    }
    /// HumanDuration of the time between a timestamp and now, as AGE cells show it.
    pub fn age(self, ts: Option<&Time>, now: SimTime) -> String {
        match ts {
            None => "<unknown>".to_string(),
            Some(t) => crate::sim::clock::human_duration_signed(self.nanos_since(&t.0, now)),
        }
    }
}
