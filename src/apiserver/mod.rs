//! kube-apiserver: the only component that touches the store. Typed verbs (create, get, list,
//! update, delete, bind, watch) run every write through defaults, admission, validation and
//! optimistic concurrency; `rest` puts the same verbs behind HTTP-shaped requests.

pub mod admission;
pub mod apply;
pub mod auth;
pub mod decode;
pub mod discovery;
pub mod openapi;
pub mod schemas;
pub mod errors;
pub mod etcdctl;
pub mod eviction;
pub mod fields;
pub mod http;
pub mod limitranger;
pub mod managed;
pub mod metrics;
pub mod patch;
pub mod podlog;
pub mod proxy;
pub mod printers;
pub mod quota;
pub mod rbac_policy;
pub mod registry;
pub mod rest;
pub mod scale;
pub mod tokens;
pub mod type_errors;
pub mod watch;

use crate::api::order::Collect;
use crate::api::fields::FieldSelector;
use crate::api::labels::Selector;
use crate::api::meta::Epoch;
use crate::api::names;
use crate::api::{Kind, Object, ObjectRef};
use crate::sim::clock::SimTime;
use crate::sim::rng::SimRng;
use crate::store::raft::Raft;
use crate::store::{Compare, EventType, Op, Store, StoreError, TxnResult, WatchId};
use errors::{ApiError, ApiResult};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;
use watch::{Cacher, ClientWatchId, Owner, WatchEvent, WatchEventType, WatchFilter};

/// How a deletion treats dependents (`propagationPolicy`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Propagation {
    Background,
    Foreground,
    Orphan,
}

#[derive(Clone, Debug, Default)]
pub struct DeleteOptions {
    pub grace_period_seconds: Option<i64>,
    pub propagation: Option<Propagation>,
    pub precondition_uid: Option<String>,
    pub precondition_resource_version: Option<String>,
    pub dry_run: bool,
}

/// What a delete did: the object is gone, or it was marked (graceful deletion or finalizers).
#[derive(Clone, Debug)]
pub struct Deleted {
    pub object: ObjectRef,
    pub gone: bool,
}

/// A list result: items and the revision it was read at.
#[derive(Clone, Debug)]
pub struct ListResult {
    pub items: Vec<ObjectRef>,
    pub resource_version: i64,
}

/// One API call as the audit log (and so the trace) records it.
#[derive(Clone, Debug)]
pub struct AuditEvent {
    pub at: SimTime,
    pub user: String,
    pub verb: &'static str,
    pub resource: &'static str,
    pub subresource: &'static str,
    pub namespace: String,
    pub name: String,
    pub code: u16,
    /// The span it was made in (`client::span`): who acted, and the write it reacted to.
    pub actor: String,
    pub cause: i64,
    /// The revision the write made (0: it changed nothing, or failed).
    pub rev: i64,
    /// The object as written (or as deleted).
    pub object: Option<ObjectRef>,
}

#[derive(Clone, Debug)]
pub struct ApiConfig {
    /// How long a watch event takes to reach a client.
    pub watch_latency: Duration,
}

impl Default for ApiConfig {
    fn default() -> Self {
        ApiConfig { watch_latency: Duration::from_millis(5) }
    }
}

/// Where a watch starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WatchFrom {
    /// Synthetic ADDED events for what exists now, then changes (resourceVersion "" or "0").
    Now,
    /// Changes after this resourceVersion (what informers do after a list).
    Revision(i64),
}

/// A watch stream held open for a client.
pub(crate) struct Stream {
    kind: Kind,
    version: String,
    table: bool,
    sent_columns: bool,
}

pub struct ApiServer {
    /// Boxed, as the other maps under a `u64` key: one copy of the map's code for all of them.
    streams: BTreeMap<u64, Box<Stream>>,
    store: Store<Object>,
    store_watch: WatchId,
    cacher: Cacher,
    /// Pod keys by `spec.nodeName` ("" while unscheduled), as the watch cache indexes pods, so a
    /// kubelet's list of its pods does not walk every pod.
    pods_by_node: BTreeMap<String, BTreeSet<String>>,
    now: SimTime,
    epoch: Epoch,
    rng: SimRng,
    config: ApiConfig,
    /// The service-account signing key (what `mint_token` derives signatures from).
    token_key: String,
    audit: Vec<AuditEvent>,
    /// The store revision when the last write was audited.
    audited_rev: i64,
    prefixes: BTreeMap<String, Kind>,
    services: registry::service::ServiceAllocator,
    /// The etcd members that replicate the store.
    raft: Raft,
    /// What metrics-server has scraped (served through the aggregation layer).
    metrics: metrics::MetricsStore,
    /// The request's field manager (`fieldManager`, else its User-Agent's product), while
    /// `rest` serves it; writes from inside take their manager from their user.
    request_manager: Option<String>,
    /// Who the write in progress is recorded as in `managedFields`.
    writer: fields::Writer,
    /// The write in progress is a server-side apply, its managedFields already worked out.
    applying: bool,
}

const PROTECTED_NAMESPACES: &[&str] = &["default", "kube-system", "kube-public"];

impl ApiServer {
    /// `members`: the etcd members as (name, IP), one per control-plane node.
    pub fn new(epoch: Epoch, rng: SimRng, config: ApiConfig, members: Vec<(String, String)>) -> Self {
        let raft = Raft::new(members, rng.fork("etcd"));
        let mut store = Store::new();
        // kube-apiserver keeps no watch cache for events (`--watch-cache-sizes` leaves them out):
        // they are read from etcd, serialized, as here.
        store.keep_packed(&format!("/registry/{}/", Kind::Event.info().etcd_prefix));
        let store_watch = store.watch("/registry/", 0).expect("fresh store");
        let prefixes = Kind::ALL.iter().map(|k| (format!("/registry/{}/", k.info().etcd_prefix), *k)).into_map();
        let token_key = rng.fork("service-account-key").hex(32);
        ApiServer {
            token_key,
            streams: BTreeMap::new(),
            store,
            store_watch,
            cacher: Cacher::default(),
            pods_by_node: BTreeMap::new(),
            now: SimTime::ZERO,
            epoch,
            rng,
            config,
            audit: Vec::new(),
            audited_rev: 0,
            prefixes,
            services: Default::default(),
            raft,
            metrics: Default::default(),
            request_manager: None,
            writer: fields::Writer { manager: String::new(), subresource: String::new() },
            applying: false,
        }
    }

    pub fn set_now(&mut self, now: SimTime) {
        self.now = now;
    }
    pub fn now(&self) -> SimTime {
        self.now
    }
    pub fn epoch(&self) -> Epoch {
        self.epoch
    }
    pub fn revision(&self) -> i64 {
        self.store.revision()
    }
    /// Read-only view of the store, for the etcd inspector and tests.
    pub fn store(&self) -> &Store<Object> {
        &self.store
    }
    /// For the page's store view: the revision, the compaction point, and the keys under each
    /// resource's etcd prefix (the resources that have any).
    pub fn key_counts(&self) -> (i64, i64, Vec<(String, usize)>) {
        let mut counts: Vec<(String, usize)> = Kind::ALL
            .iter()
            .map(|k| format!("/registry/{}", k.info().etcd_prefix))
            .map(|p| {
                let n = self.store.count_prefix(&format!("{}/", p));
                (p, n)
            })
            .filter(|(_, n)| *n > 0)
            .collect();
        counts.dedup();
        (self.store.revision(), self.store.compacted_revision(), counts)
    }

    /// For the page's store view: each etcd member (name, role, term, last index, running) and
    /// the commit index.
    pub fn raft_members(&self) -> (Vec<(String, &'static str, u64, u64, bool)>, u64) {
        let members = self
            .raft
            .members
            .iter()
            .map(|m| {
                let role = match m.role {
                    crate::store::raft::Role::Leader => "leader",
                    crate::store::raft::Role::Candidate => "candidate",
                    crate::store::raft::Role::Follower => "follower",
                };
                (m.name.clone(), role, m.term, m.index, m.running)
            })
            .collect();
        (members, self.raft.commit)
    }

    pub fn take_audit(&mut self) -> Vec<AuditEvent> {
        std::mem::take(&mut self.audit)
    }
    pub fn take_wakeups(&mut self) -> Vec<(SimTime, Owner)> {
        std::mem::take(&mut self.cacher.wakeups)
    }
    pub fn watch_events_in_flight(&self) -> usize {
        self.cacher.in_flight()
    }

    #[allow(clippy::too_many_arguments)]
    fn audit(&mut self, user: &str, verb: &'static str, kind: Kind, sub: &'static str, ns: &str, name: &str, code: u16, object: Option<&ObjectRef>) {
        // Writes are audited as they finish: a revision that moved since the last record is this one's.
        let now_rev = self.store.revision();
        let rev = if now_rev > self.audited_rev && code < 300 { now_rev } else { 0 };
        self.audited_rev = now_rev;
        let span = crate::client::span::current();
        self.audit.push(AuditEvent {
            at: self.now,
            user: user.to_string(),
            verb,
            resource: kind.info().plural,
            subresource: sub,
            namespace: ns.to_string(),
            name: name.to_string(),
            code,
            actor: span.actor,
            cause: span.cause,
            rev,
            object: object.cloned(),
        });
    }

    /// A write: raft must commit it (a leader and a quorum) before the store applies it.
    fn commit(&mut self, compares: &[Compare], then: Vec<Op<Object>>, otherwise: Vec<Op<Object>>) -> ApiResult<TxnResult> {
        self.raft.propose().map_err(|e| ApiError::etcd(e.to_string()))?;
        let result = self.store.txn(compares, then, otherwise);
        // The watch fan-out and the pod index see every write before anything else is read.
        self.pump();
        Ok(result)
    }

    /// Reads are linearizable: they too need a leader with a quorum.
    fn readable(&self) -> ApiResult<()> {
        if self.raft.can_read() {
            Ok(())
        } else {
            Err(ApiError::etcd("etcdserver: request timed out".into()))
        }
    }

    /// metrics-server's latest scrape (`None` when it could not run: its data is dropped).
    pub fn ingest_metrics(&mut self, scrape: Option<Vec<crate::kubelet::usage::NodeStats>>) {
        match scrape {
            Some(s) => self.metrics.ingest(s),
            None => self.metrics.clear(),
        }
    }

    pub fn raft(&self) -> &Raft {
        &self.raft
    }

    pub fn raft_mut(&mut self) -> &mut Raft {
        &mut self.raft
    }

    fn key(kind: Kind, ns: &str, name: &str) -> String {
        kind.storage_key(ns, name)
    }

    fn kind_of_key(&self, key: &str) -> Option<Kind> {
        self.prefixes.range(..=key.to_string()).next_back().filter(|(p, _)| key.starts_with(p.as_str())).map(|(_, k)| *k)
    }

    /// Hands every new store event to the watch fan-out (the cacher's one etcd watch).
    fn pump(&mut self) {
        let events = match self.store.poll(self.store_watch) {
            Ok(evs) => evs,
            Err(_) => {
                self.store_watch = self.store.watch("/registry/", 0).expect("rewatch");
                Vec::new()
            }
        };
        let at = self.now + self.config.watch_latency;
        for e in events {
            let Some(kind) = self.kind_of_key(&e.kv.key) else { continue };
            let prev = e.prev.as_ref().map(|p| p.value.clone());
            if kind == Kind::Pod {
                let was = prev.as_deref().and_then(watch::node_of);
                let is = match e.kind {
                    EventType::Put => watch::node_of(&e.kv.value),
                    EventType::Delete => None,
                };
                if was != is {
                    if let Some(w) = was {
                        if let Some(set) = self.pods_by_node.get_mut(w) {
                            set.remove(&e.kv.key);
                            if set.is_empty() {
                                self.pods_by_node.remove(w);
                            }
                        }
                    }
                    if let Some(n) = is {
                        self.pods_by_node.entry(n.to_string()).or_default().insert(e.kv.key.clone());
                    }
                }
            }
            match e.kind {
                EventType::Put => self.cacher.dispatch(kind, prev.as_ref(), Some(&e.kv.value), None, at),
                EventType::Delete => {
                    // The DELETED event carries the object at the deletion's revision.
                    let mut last = (*e.kv.value).clone();
                    last.meta_mut().resource_version = Some(e.kv.mod_revision.to_string());
                    let last = Arc::new(last);
                    self.cacher.dispatch(kind, prev.as_ref(), None, Some(&last), at)
                }
            }
        }
    }

    fn namespace_check(&self, kind: Kind, ns: &str, name: &str) -> ApiResult<()> {
        if !kind.info().namespaced {
            return Ok(());
        }
        match self.store.get(&Self::key(Kind::Namespace, "", ns)) {
            None => Err(ApiError::not_found_named("namespaces", ns)),
            Some(kv) if kv.value.meta().deletion_timestamp.is_some() => Err(ApiError::forbidden(
                kind.info(),
                name,
                &format!("unable to create new content in namespace {} because it is being terminated", ns),
            )),
            Some(_) => Ok(()),
        }
    }

    /// Creates an object (POST). `ns` is the request's namespace ("" for cluster-scoped kinds).
    pub fn create(&mut self, user: &str, kind: Kind, ns: &str, mut obj: Object, dry_run: bool) -> ApiResult<ObjectRef> {
        let info = kind.info();
        if obj.kind() != kind {
            return Err(ApiError::bad_request(format!("the API version in the data ({}) does not match the expected API version ({})", obj.kind().info().api_version, info.api_version)));
        }
        if info.namespaced {
            let obj_ns = obj.namespace().to_string();
            if !obj_ns.is_empty() && obj_ns != ns {
                return Err(ApiError::bad_request("the namespace of the provided object does not match the namespace sent on the request"));
            }
            obj.meta_mut().namespace = Some(ns.to_string());
        } else {
            obj.meta_mut().namespace = None;
        }
        if obj.name().is_empty() {
            if let Some(base) = obj.meta().generate_name.clone().filter(|b| !b.is_empty()) {
                obj.meta_mut().name = Some(names::generate_name(&mut self.rng, &base));
            }
        }
        let name = obj.name().to_string();
        self.set_writer(user, "");
        let result = self.create_inner(kind, ns, &name, obj, dry_run);
        self.audit(user, "create", kind, "", ns, &name, result.as_ref().map(|_| 201).unwrap_or_else(|e| e.code), result.as_ref().ok());
        result
    }

    fn create_inner(&mut self, kind: Kind, ns: &str, name: &str, mut obj: Object, dry_run: bool) -> ApiResult<ObjectRef> {
        let info = kind.info();
        registry::apply_defaults(&mut obj);
        self.namespace_check(kind, ns, name)?;
        let json = obj.to_json_string();
        self.track_fields(kind, None, &mut obj, &json);
        {
            let now_time = self.epoch.time(self.now);
            let uid = names::uuid(&mut self.rng);
            let m = obj.meta_mut();
            m.uid = Some(uid);
            m.creation_timestamp = Some(now_time);
            m.deletion_timestamp = None;
            m.deletion_grace_period_seconds = None;
            m.resource_version = None;
            m.self_link = None;
        }
        self.limit_ranger_mutate(&mut obj, ns);
        self.admit_service_account(&obj, ns)?;
        self.admit_priority(&mut obj)?;
        self.admit_storage(&mut obj);
        registry::prepare_for_create(&mut obj, &mut self.rng);
        let key = Self::key(kind, ns, name);
        if self.store.get(&key).is_some() {
            return Err(ApiError::already_exists(info, name));
        }
        // Services take their cluster IP and node ports before validation (`BeginCreate`).
        let held = match &mut obj {
            Object::Service(svc) => match registry::service::allocate(svc, &mut self.services, &mut self.rng) {
                Ok(h) => Some(h),
                Err(errs) => return Err(ApiError::invalid(info, name, errs)),
            },
            _ => None,
        };
        let release = |api: &mut ApiServer| {
            if let Some(h) = &held {
                api.services.release(h);
            }
        };
        let errs = registry::validate_create(&obj);
        if !errs.is_empty() {
            release(self);
            return Err(ApiError::invalid(info, name, errs));
        }
        // Validating admission: LimitRanger's constraints, then ResourceQuota (which charges).
        if let Err(e) = self.limit_ranger_validate(&obj, ns).and_then(|_| self.admit_quota(&obj, ns, dry_run)) {
            release(self);
            return Err(e);
        }
        if dry_run {
            release(self);
            return Ok(Arc::new(obj));
        }
        obj.meta_mut().resource_version = Some((self.store.revision() + 1).to_string());
        let obj = Arc::new(obj);
        let res = self.commit(&[Compare::CreateRevision(key.clone(), 0)], vec![Op::Put(key, obj.clone())], vec![])?;
        if !res.succeeded {
            return Err(ApiError::already_exists(info, name));
        }
        Ok(obj)
    }

    pub fn get(&self, kind: Kind, ns: &str, name: &str) -> ApiResult<ObjectRef> {
        self.readable()?;
        self.store
            .get(&Self::key(kind, ns, name))
            .map(|kv| kv.value)
            .ok_or_else(|| ApiError::not_found(kind.info(), name))
    }

    /// Lists objects of a kind (all namespaces when `ns` is None).
    pub fn list(&self, kind: Kind, ns: Option<&str>, labels: &Selector, fields: &FieldSelector) -> ApiResult<ListResult> {
        self.readable()?;
        let items = self.current(kind, ns, fields).into_iter().filter(|o| labels.matches(o.meta().labels.as_ref()) && fields.matches(o)).collect();
        Ok(ListResult { items, resource_version: self.store.revision() })
    }

    /// The current objects of a kind (in a namespace) a list with these field requirements may
    /// return, in key order: a list pinned to one name reads one key, a pod list pinned to one
    /// `spec.nodeName` reads the node index.
    fn current(&self, kind: Kind, ns: Option<&str>, fields: &FieldSelector) -> Vec<ObjectRef> {
        let prefix = kind.storage_prefix(ns);
        // One name in one namespace (or of a cluster-scoped kind) is one key.
        if let Some(name) = fields.exact("metadata.name").filter(|_| ns.is_some() || !kind.info().namespaced) {
            return self.store.get(&Self::key(kind, ns.unwrap_or_default(), name)).map(|kv| kv.value).into_iter().collect();
        }
        match fields.exact("spec.nodeName").filter(|_| kind == Kind::Pod) {
            Some(node) => self
                .pods_by_node
                .get(node)
                .into_iter()
                .flatten()
                .filter(|k| k.starts_with(&prefix))
                .filter_map(|k| self.store.get(k))
                .map(|kv| kv.value)
                .collect(),
            None => self.store.range_prefix(&prefix).into_iter().map(|kv| kv.value).collect(),
        }
    }

    /// Replaces an object (PUT), or its status (PUT …/status) when `status` is true.
    pub fn update(&mut self, user: &str, kind: Kind, ns: &str, obj: Object, status: bool) -> ApiResult<ObjectRef> {
        let name = obj.name().to_string();
        let sub = if status { "status" } else { "" };
        self.set_writer(user, sub);
        let result = self.update_inner(kind, ns, &name, obj, status);
        self.audit(user, "update", kind, sub, ns, &name, result.as_ref().map(|_| 200).unwrap_or_else(|e| e.code), result.as_ref().ok());
        result
    }

    /// A write through the scale subresource (recorded as its own in managedFields).
    pub(crate) fn update_scale(&mut self, user: &str, kind: Kind, ns: &str, obj: Object) -> ApiResult<ObjectRef> {
        let name = obj.name().to_string();
        self.set_writer(user, "scale");
        let result = self.update_inner(kind, ns, &name, obj, false);
        self.audit(user, "update", kind, "scale", ns, &name, result.as_ref().map(|_| 200).unwrap_or_else(|e| e.code), result.as_ref().ok());
        result
    }

    /// An update with `dryRun=All`: admitted and validated, answered, not stored.
    pub fn update_dry_run(&mut self, user: &str, kind: Kind, ns: &str, obj: Object, status: bool) -> ApiResult<ObjectRef> {
        let name = obj.name().to_string();
        let sub = if status { "status" } else { "" };
        self.set_writer(user, sub);
        let result = self.update_checked(kind, ns, &name, obj, status, true);
        self.audit(user, "update", kind, sub, ns, &name, result.as_ref().map(|_| 200).unwrap_or_else(|e| e.code), result.as_ref().ok());
        result
    }

    fn update_inner(&mut self, kind: Kind, ns: &str, name: &str, obj: Object, status: bool) -> ApiResult<ObjectRef> {
        self.update_checked(kind, ns, name, obj, status, false)
    }

    fn update_checked(&mut self, kind: Kind, ns: &str, name: &str, mut obj: Object, status: bool, dry_run: bool) -> ApiResult<ObjectRef> {
        let info = kind.info();
        if obj.kind() != kind {
            return Err(ApiError::bad_request("the kind of the object does not match the request"));
        }
        if info.namespaced {
            let obj_ns = obj.namespace().to_string();
            if !obj_ns.is_empty() && obj_ns != ns {
                return Err(ApiError::bad_request("the namespace of the provided object does not match the namespace sent on the request"));
            }
            obj.meta_mut().namespace = Some(ns.to_string());
        }
        let key = Self::key(kind, ns, name);
        let Some(current) = self.store.get(&key) else {
            return Err(ApiError::not_found(info, name));
        };
        let old = current.value.clone();
        if let Some(rv) = obj.meta().resource_version.as_deref().filter(|rv| !rv.is_empty()) {
            if rv != current.mod_revision.to_string() {
                return Err(ApiError::optimistic_lock(info, name));
            }
        }
        if let Some(uid) = obj.meta().uid.as_deref().filter(|u| !u.is_empty()) {
            if uid != old.uid() {
                return Err(ApiError::conflict(
                    info,
                    name,
                    &format!("Precondition failed: UID in precondition: {}, UID in object meta: {}", old.uid(), uid),
                ));
            }
        }
        registry::apply_defaults(&mut obj);
        registry::prepare_for_update(&mut obj, &old, status);
        {
            let om = old.meta();
            let m = obj.meta_mut();
            m.uid = om.uid.clone();
            m.creation_timestamp = om.creation_timestamp.clone();
            m.deletion_timestamp = om.deletion_timestamp.clone();
            m.deletion_grace_period_seconds = om.deletion_grace_period_seconds;
            m.generate_name = om.generate_name.clone().or(m.generate_name.take());
            if status {
                m.labels = om.labels.clone();
                // The Deployment status strategy keeps spec and labels only: the deployment
                // controller records the revision annotation through /status.
                if kind != Kind::Deployment {
                    m.annotations = om.annotations.clone();
                }
                m.owner_references = om.owner_references.clone();
                m.finalizers = om.finalizers.clone();
            }
            m.resource_version = om.resource_version.clone();
        }
        registry::bump_generation(&mut obj, &old, status);
        if let (Object::Service(svc), Object::Service(o), false) = (&mut obj, old.as_ref(), status) {
            registry::service::drop_type_dependent(svc, o);
        }
        let errs = registry::validate_update(&obj, &old, status);
        if !errs.is_empty() {
            return Err(ApiError::invalid(info, name, errs));
        }
        // A write that changes nothing (its managedFields aside, when it sends none or the same)
        // is answered with the object as it is; anything else is recorded for its manager.
        let sent = obj.meta_mut().managed_fields.take();
        obj.meta_mut().managed_fields = old.meta().managed_fields.clone();
        let (old_json, new_json) = (old.to_json_string(), obj.to_json_string());
        if old_json == new_json && (sent.is_none() || sent == old.meta().managed_fields) {
            return Ok(old);
        }
        obj.meta_mut().managed_fields = sent;
        self.track_fields(kind, Some((&old, &old_json)), &mut obj, &new_json);
        if dry_run {
            return Ok(Arc::new(obj));
        }
        // Removing the last finalizer from an object that is being deleted completes the deletion.
        let had_finalizers = old.meta().finalizers.as_ref().is_some_and(|f| !f.is_empty());
        let has_finalizers = obj.meta().finalizers.as_ref().is_some_and(|f| !f.is_empty());
        if obj.meta().deletion_timestamp.is_some() && had_finalizers && !has_finalizers && !Self::graceful_pending(&obj) && !Self::namespace_pending(&obj) {
            self.commit(&[Compare::ModRevision(key.clone(), current.mod_revision)], vec![Op::Delete(key)], vec![])?;
            if let Object::Service(svc) = old.as_ref() {
                self.services.release(&registry::service::held_by(svc));
            }
            return Ok(Arc::new(obj));
        }
        // A Service changing type gives up or takes node ports.
        let mut ports = None;
        if let (Object::Service(svc), Object::Service(o), false) = (&mut obj, old.as_ref(), status) {
            let r = registry::service::update_node_ports(svc, o, &mut self.services, &mut self.rng).map_err(|errs| ApiError::invalid(info, name, errs))?;
            ports = Some(r);
        }
        obj.meta_mut().resource_version = Some((self.store.revision() + 1).to_string());
        let obj = Arc::new(obj);
        let res = self.commit(&[Compare::ModRevision(key.clone(), current.mod_revision)], vec![Op::Put(key, obj.clone())], vec![]);
        let landed = res.as_ref().is_ok_and(|r| r.succeeded);
        if let Some((taken, given_up)) = ports {
            self.services.release(if landed { &given_up } else { &taken });
        }
        if !res?.succeeded {
            return Err(ApiError::optimistic_lock(info, name));
        }
        Ok(obj)
    }

    /// A namespace also waits for its `spec.finalizers` (cleared through `finalize`).
    fn namespace_pending(obj: &Object) -> bool {
        matches!(obj, Object::Namespace(n) if n.spec.as_ref().and_then(|s| s.finalizers.as_ref()).is_some_and(|f| !f.is_empty()))
    }

    /// A pod marked for graceful deletion waits for its kubelet, not for finalizers.
    fn graceful_pending(obj: &Object) -> bool {
        obj.kind() == Kind::Pod && obj.meta().deletion_grace_period_seconds.unwrap_or(0) > 0
    }

    /// Deletes an object: pods on a node are marked for graceful deletion; objects with finalizers
    /// are marked; anything else is removed from the store.
    pub fn delete(&mut self, user: &str, kind: Kind, ns: &str, name: &str, opts: &DeleteOptions) -> ApiResult<Deleted> {
        let result = self.delete_inner(kind, ns, name, opts);
        self.audit(user, "delete", kind, "", ns, name, result.as_ref().map(|_| 200).unwrap_or_else(|e| e.code), result.as_ref().ok().map(|d| &d.object));
        result
    }

    fn delete_inner(&mut self, kind: Kind, ns: &str, name: &str, opts: &DeleteOptions) -> ApiResult<Deleted> {
        let info = kind.info();
        let key = Self::key(kind, ns, name);
        let Some(current) = self.store.get(&key) else {
            return Err(ApiError::not_found(info, name));
        };
        let old = current.value.clone();
        if let Some(uid) = &opts.precondition_uid {
            if uid != old.uid() {
                return Err(ApiError::conflict(
                    info,
                    name,
                    &format!("Precondition failed: UID in precondition: {}, UID in object meta: {}", uid, old.uid()),
                ));
            }
        }
        if let Some(rv) = &opts.precondition_resource_version {
            if *rv != current.mod_revision.to_string() {
                return Err(ApiError::conflict(
                    info,
                    name,
                    &format!("Precondition failed: ResourceVersion in precondition: {}, ResourceVersion in object meta: {}", rv, current.mod_revision),
                ));
            }
        }
        if kind == Kind::Namespace && PROTECTED_NAMESPACES.contains(&name) {
            return Err(ApiError::forbidden(info, name, "this namespace may not be deleted"));
        }
        let mut marked = (*old).clone();
        let mut must_wait = false;
        // A namespace with spec.finalizers is only marked: the namespace controller empties it,
        // then clears the finalizer through `finalize`.
        if let Object::Namespace(n) = &mut marked {
            if n.spec.as_ref().and_then(|s| s.finalizers.as_ref()).is_some_and(|f| !f.is_empty()) {
                if n.metadata.deletion_timestamp.is_none() {
                    n.metadata.deletion_timestamp = Some(self.epoch.time(self.now));
                    n.metadata.deletion_grace_period_seconds = Some(0);
                }
                n.status.get_or_insert_with(Default::default).phase = Some("Terminating".into());
                must_wait = true;
            }
        }
        // Graceful deletion (pods): the kubelet finishes it once the containers have stopped.
        if let Object::Pod(p) = &marked {
            let grace = self.pod_grace_period(p, opts.grace_period_seconds);
            if grace > 0 {
                let existing = marked.meta().deletion_grace_period_seconds;
                let grace = existing.map(|g| g.min(grace)).unwrap_or(grace);
                let m = marked.meta_mut();
                if existing != Some(grace) {
                    m.deletion_timestamp = Some(self.epoch.time(self.now + Duration::from_secs(grace as u64)));
                    m.deletion_grace_period_seconds = Some(grace);
                }
                must_wait = true;
            }
        }
        let propagation = opts.propagation.unwrap_or(Propagation::Background);
        let finalizer = match propagation {
            Propagation::Foreground => Some("foregroundDeletion"),
            Propagation::Orphan => Some("orphan"),
            Propagation::Background => None,
        };
        if let Some(f) = finalizer {
            let list = marked.meta_mut().finalizers.get_or_insert_with(Vec::new);
            if !list.iter().any(|x| x == f) {
                list.push(f.to_string());
            }
        }
        if marked.meta().finalizers.as_ref().is_some_and(|f| !f.is_empty()) {
            must_wait = true;
            let m = marked.meta_mut();
            if m.deletion_timestamp.is_none() {
                m.deletion_timestamp = Some(self.epoch.time(self.now));
                m.deletion_grace_period_seconds = Some(0);
            }
        }
        if opts.dry_run {
            return Ok(Deleted { object: Arc::new(marked), gone: !must_wait });
        }
        if must_wait {
            if same(&marked, &old) {
                return Ok(Deleted { object: old, gone: false });
            }
            marked.meta_mut().resource_version = Some((self.store.revision() + 1).to_string());
            let marked = Arc::new(marked);
            self.commit(&[Compare::ModRevision(key.clone(), current.mod_revision)], vec![Op::Put(key, marked.clone())], vec![])?;
            return Ok(Deleted { object: marked, gone: false });
        }
        self.commit(&[Compare::ModRevision(key.clone(), current.mod_revision)], vec![Op::Delete(key)], vec![])?;
        if let Object::Service(svc) = old.as_ref() {
            self.services.release(&registry::service::held_by(svc));
        }
        Ok(Deleted { object: old, gone: true })
    }

    /// The pod strategy's `CheckGracefulDelete`: unscheduled or finished pods go at once.
    fn pod_grace_period(&self, pod: &crate::api::core::Pod, requested: Option<i64>) -> i64 {
        let spec = pod.spec.as_ref();
        let mut grace = requested.unwrap_or_else(|| spec.and_then(|s| s.termination_grace_period_seconds).unwrap_or(30));
        if grace < 0 {
            grace = 1;
        }
        let node = spec.and_then(|s| s.node_name.as_deref()).unwrap_or("");
        let phase = pod.status.as_ref().and_then(|s| s.phase.as_deref()).unwrap_or("");
        if node.is_empty() || phase == "Succeeded" || phase == "Failed" {
            return 0;
        }
        grace
    }

    /// `PUT namespaces/{name}/finalize`: replaces spec.finalizers; a terminating namespace with
    /// no finalizers left is removed.
    pub fn finalize_namespace(&mut self, user: &str, name: &str, finalizers: Vec<String>) -> ApiResult<ObjectRef> {
        let result = self.finalize_inner(name, finalizers);
        self.audit(user, "update", Kind::Namespace, "finalize", "", name, result.as_ref().map(|_| 200).unwrap_or_else(|e| e.code), result.as_ref().ok());
        result
    }

    fn finalize_inner(&mut self, name: &str, finalizers: Vec<String>) -> ApiResult<ObjectRef> {
        let info = Kind::Namespace.info();
        let key = Self::key(Kind::Namespace, "", name);
        let Some(current) = self.store.get(&key) else { return Err(ApiError::not_found(info, name)) };
        let Object::Namespace(mut ns) = (*current.value).clone() else { return Err(ApiError::internal("not a namespace")) };
        ns.spec.get_or_insert_with(Default::default).finalizers = if finalizers.is_empty() { None } else { Some(finalizers) };
        let gone = ns.metadata.deletion_timestamp.is_some()
            && ns.spec.as_ref().and_then(|s| s.finalizers.as_ref()).is_none_or(|f| f.is_empty())
            && ns.metadata.finalizers.as_ref().is_none_or(|f| f.is_empty());
        let mut obj = Object::Namespace(ns);
        if gone {
            self.commit(&[Compare::ModRevision(key.clone(), current.mod_revision)], vec![Op::Delete(key)], vec![])?;
            return Ok(Arc::new(obj));
        }
        obj.meta_mut().resource_version = Some((self.store.revision() + 1).to_string());
        let obj = Arc::new(obj);
        self.commit(&[Compare::ModRevision(key.clone(), current.mod_revision)], vec![Op::Put(key, obj.clone())], vec![])?;
        Ok(obj)
    }

    /// `POST pods/{name}/binding`: assigns a pending pod to a node and marks it PodScheduled.
    pub fn bind(&mut self, user: &str, ns: &str, name: &str, node: &str) -> ApiResult<ObjectRef> {
        let result = self.bind_inner(ns, name, node);
        self.audit(user, "create", Kind::Pod, "binding", ns, name, result.as_ref().map(|_| 201).unwrap_or_else(|e| e.code), result.as_ref().ok());
        result
    }

    fn bind_inner(&mut self, ns: &str, name: &str, node: &str) -> ApiResult<ObjectRef> {
        let info = Kind::Pod.info();
        let key = Self::key(Kind::Pod, ns, name);
        let Some(current) = self.store.get(&key) else {
            return Err(ApiError::not_found(info, name));
        };
        let Object::Pod(mut pod) = (*current.value).clone() else { return Err(ApiError::internal("not a pod")) };
        if pod.metadata.deletion_timestamp.is_some() {
            return Err(ApiError::conflict(info, name, &format!("pod {} is being deleted, cannot be assigned to a host", name)));
        }
        let spec = pod.spec.get_or_insert_with(Default::default);
        if let Some(existing) = spec.node_name.as_deref().filter(|n| !n.is_empty()) {
            return Err(ApiError::conflict(info, name, &format!("pod {} is already assigned to node {:?}", name, existing)));
        }
        spec.node_name = Some(node.to_string());
        let status = pod.status.get_or_insert_with(Default::default);
        let conditions = status.conditions.get_or_insert_with(Vec::new);
        conditions.retain(|c| c.type_ != "PodScheduled");
        conditions.push(crate::api::core::PodCondition {
            type_: "PodScheduled".into(),
            status: "True".into(),
            last_transition_time: Some(self.epoch.time(self.now)),
            ..Default::default()
        });
        let mut obj = Object::Pod(pod);

        obj.meta_mut().resource_version = Some((self.store.revision() + 1).to_string());
        let obj = Arc::new(obj);
        let res = self.commit(&[Compare::ModRevision(key.clone(), current.mod_revision)], vec![Op::Put(key, obj.clone())], vec![])?;
        if !res.succeeded {
            return Err(ApiError::optimistic_lock(info, name));
        }
        Ok(obj)
    }

    /// Starts a watch for `owner`. Events become visible to `poll_watch` after the watch latency.
    pub fn watch(&mut self, owner: Owner, filter: WatchFilter, from: WatchFrom) -> ApiResult<ClientWatchId> {
        let at = self.now + self.config.watch_latency;
        let kind = filter.kind;
        let prefix = kind.storage_prefix(filter.namespace.as_deref());
        match from {
            WatchFrom::Now => {
                let existing: Vec<ObjectRef> =
                    self.current(kind, filter.namespace.as_deref(), &filter.fields).into_iter().filter(|o| filter.matches(o)).collect();
                let id = self.cacher.add(owner, filter);
                for object in existing {
                    self.cacher.push(id, at, WatchEvent { kind: WatchEventType::Added, object });
                }
                Ok(id)
            }
            WatchFrom::Revision(rv) => {
                let replay = match self.store.watch(&prefix, rv + 1) {
                    Ok(w) => {
                        let evs = self.store.poll(w);
                        self.store.cancel_watch(w);
                        evs
                    }
                    Err(e) => Err(e),
                };
                let events = match replay {
                    Ok(evs) => evs,
                    Err(StoreError::Compacted { compacted }) => {
                        return Err(ApiError::gone(format!("too old resource version: {} ({})", rv, compacted)))
                    }
                    Err(e) => return Err(ApiError::internal(e.to_string())),
                };
                let id = self.cacher.add(owner, filter.clone());
                for e in events {
                    let was = e.prev.as_ref().is_some_and(|p| filter.matches(&p.value));
                    let (t, object) = match e.kind {
                        EventType::Put if filter.matches(&e.kv.value) => {
                            (if was { WatchEventType::Modified } else { WatchEventType::Added }, e.kv.value.clone())
                        }
                        EventType::Put if was => (WatchEventType::Deleted, e.kv.value.clone()),
                        EventType::Delete if was => (WatchEventType::Deleted, e.kv.value.clone()),
                        _ => continue,
                    };
                    self.cacher.push(id, at, WatchEvent { kind: t, object });
                }
                Ok(id)
            }
        }
    }

    pub fn poll_watch(&mut self, id: ClientWatchId) -> Vec<WatchEvent> {
        self.cacher.poll(id, self.now)
    }

    pub fn stop_watch(&mut self, id: ClientWatchId) {
        self.cacher.remove(id);
    }

    /// Compacts the store's history up to `revision` (kube-apiserver compacts every 5 minutes).
    pub fn compact(&mut self, revision: i64) -> Result<(), StoreError> {
        self.pump();
        self.store.compact(revision)
    }
}

/// History in the store is kept as etcd keeps it: serialized. A packed object was serialized by
/// us from a typed object, so it always decodes.
impl crate::store::Pack for Object {
    /// The kind's index, then the JSON.
    fn pack(&self) -> Vec<u8> {
        let kind = Kind::ALL.iter().position(|k| *k == self.kind()).unwrap_or(0) as u8;
        let mut out = vec![kind];
        out.extend_from_slice(self.to_json_string().as_bytes());
        out
    }
    fn unpack(bytes: &[u8]) -> Object {
        let kind = Kind::ALL[bytes[0] as usize];
        Object::from_json_str(kind, std::str::from_utf8(&bytes[1..]).unwrap_or_default()).expect("the store decodes what it encoded")
    }
}

/// Semantic equality of two objects (an update that changes nothing is not written). Compared
/// as JSON values rather than by a derived `PartialEq` over every type, which would cost the
/// page a second deep comparison of each kind.
fn same(a: &Object, b: &Object) -> bool {
    a.kind() == b.kind() && a.to_json_string() == b.to_json_string()
}
