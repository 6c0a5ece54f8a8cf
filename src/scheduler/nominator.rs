//! The nominator (upstream `nominator` in the scheduling queue): pods that preemption nominated
//! to a node (`status.nominatedNodeName`) and that are not bound yet. Filtering counts the
//! nominated pods of equal or higher priority as if they already ran there
//! (`RunFilterPluginsWithNominatedPods`), so a lower-priority pod does not take the room a
//! preemption freed for someone else.

use super::framework::{pod_requests, priority, Cycle, FilterPlugin, NodeInfo, NsLabels, Status};
use super::run_filters;
use crate::api::core::Pod;
use crate::api::ObjectRef;
use std::collections::BTreeMap;

#[derive(Default)]
pub struct Nominator {
    by_node: BTreeMap<String, BTreeMap<String, ObjectRef>>,
    node_of: BTreeMap<String, String>,
}

fn pod(o: &ObjectRef) -> &Pod {
    o.as_pod().expect("pod")
}

impl Nominator {
    /// A pod as the informer now sees it (`None`: deleted).
    pub fn update(&mut self, key: &str, obj: Option<&ObjectRef>) {
        if let Some(node) = self.node_of.remove(key) {
            if let Some(m) = self.by_node.get_mut(&node) {
                m.remove(key);
                if m.is_empty() {
                    self.by_node.remove(&node);
                }
            }
        }
        let Some(o) = obj else { return };
        let p = pod(o);
        let bound = p.spec.as_ref().and_then(|s| s.node_name.as_deref()).is_some_and(|n| !n.is_empty());
        let nominated = p.status.as_ref().and_then(|s| s.nominated_node_name.as_deref()).filter(|n| !n.is_empty());
        if let (false, None, Some(node)) = (bound, &p.metadata.deletion_timestamp, nominated) {
            self.by_node.entry(node.to_string()).or_default().insert(key.to_string(), o.clone());
            self.node_of.insert(key.to_string(), node.to_string());
        }
    }

    /// `getLowerPriorityNominatedPods`: the pods nominated to `node` with a priority below `prio`.
    pub fn lower_priority(&self, node: &str, prio: i32) -> Vec<ObjectRef> {
        self.by_node.get(node).into_iter().flatten().filter(|(_, o)| priority(pod(o)) < prio).map(|(_, o)| o.clone()).collect()
    }

    /// `RunFilterPluginsWithNominatedPods`: with the node's nominated pods of equal or higher
    /// priority added first; if that passes, again without them (inter-pod affinity may need
    /// them absent).
    pub fn filter(&self, filters: &[Box<dyn FilterPlugin>], cx: &Cycle, info: &NodeInfo, ns: &NsLabels) -> Option<Status> {
        if self.by_node.is_empty() {
            return run_filters(filters, cx, info);
        }
        let prio = priority(&cx.pod);
        let uid = cx.pod.metadata.uid.as_deref();
        let others: Vec<(&String, &ObjectRef)> = self
            .by_node
            .get(&info.name)
            .into_iter()
            .flatten()
            .filter(|(_, o)| priority(pod(o)) >= prio && pod(o).metadata.uid.as_deref() != uid)
            .collect();
        if others.is_empty() {
            return run_filters(filters, cx, info);
        }
        let (mut with, mut c) = (info.clone(), cx.clone());
        for (k, o) in others {
            with.add_pod(k, o, pod_requests(pod(o)));
            if let Some(s) = c.spread.as_mut() {
                s.update_with_pod(&c.pod, pod(o), &with, 1);
            }
            c.ipa.update_with_pod(&c.pod, &c.terms, pod(o), &with, ns, 1);
        }
        run_filters(filters, &c, &with).or_else(|| run_filters(filters, cx, info))
    }
}
