//! The namespace controller (`pkg/controller/namespace`): a namespace being deleted has all its
//! content deleted, is re-checked until nothing is left, and then has its `kubernetes` finalizer
//! removed through `finalize`, which lets the apiserver remove it. Its status conditions say why
//! it is still there.

use crate::api::core::{Namespace, NamespaceCondition};
use crate::api::fields::FieldSelector;
use crate::api::labels::Selector;
use crate::api::{Kind, Typed};
use crate::apiserver::DeleteOptions;
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::WorkQueue;
use crate::client::Ctx;
use std::time::Duration;

#[derive(Default)]
pub struct NamespaceController {
    pub queue: WorkQueue,
}

/// How long to wait before checking a namespace whose content is still going.
const RECHECK: Duration = Duration::from_secs(2);

impl NamespaceController {
    pub fn on_namespace(&mut self, d: &Delta) {
        let o = d.object();
        if !matches!(d, Delta::Deleted(_)) && o.meta().deletion_timestamp.is_some() {
            self.queue.add(o.name());
        }
    }

    pub fn process(&mut self, ctx: &mut Ctx, namespaces: &Informer) {
        while let Some(name) = self.queue.pop(ctx.now) {
            let Some(ns) = namespaces.get(&name).and_then(|o| Namespace::from_object(o)).cloned() else { continue };
            if ns.metadata.deletion_timestamp.is_none() {
                continue;
            }
            let remaining = self.delete_content(ctx, &name);
            self.update_conditions(ctx, &ns, &remaining);
            if remaining.is_empty() {
                let mut finalizers = ns.spec.as_ref().and_then(|s| s.finalizers.clone()).unwrap_or_default();
                finalizers.retain(|f| f != "kubernetes");
                match ctx.api.finalize_namespace(ctx.user, &name, finalizers) {
                    Ok(_) => ctx.trace(format!("namespace {} is empty; finalized", name)),
                    Err(e) => ctx.trace(format!("finalizing namespace {} failed: {}", name, e)),
                }
            } else {
                ctx.trace(format!("namespace {} still has {}", name, remaining.join(", ")));
                self.queue.add_after(&name, ctx.now + RECHECK);
                ctx.wake_at(ctx.now + RECHECK);
            }
        }
    }

    /// Deletes every namespaced object left in the namespace; returns "N kind" for what remains.
    fn delete_content(&mut self, ctx: &mut Ctx, ns: &str) -> Vec<String> {
        let mut remaining = Vec::new();
        for kind in Kind::ALL.iter().copied().filter(|k| k.info().namespaced) {
            let Ok(list) = ctx.api.list(kind, Some(ns), &Selector::everything(), &FieldSelector::default()) else { continue };
            if list.items.is_empty() {
                continue;
            }
            for o in &list.items {
                if o.meta().deletion_timestamp.is_none() {
                    let opts = DeleteOptions { precondition_uid: Some(o.uid().to_string()), ..Default::default() };
                    let _ = ctx.delete(kind, ns, o.name(), &opts);
                }
            }
            let left = ctx.api.list(kind, Some(ns), &Selector::everything(), &FieldSelector::default()).map(|l| l.items.len()).unwrap_or(0);
            if left > 0 {
                remaining.push(format!("{} {}", kind.info().plural, left));
            }
        }
        remaining
    }

    fn update_conditions(&mut self, ctx: &mut Ctx, ns: &Namespace, remaining: &[String]) {
        let now = ctx.api.epoch().time(ctx.now);
        let cond = |t: &str, status: &str, reason: &str, message: String| NamespaceCondition {
            type_: t.into(),
            status: status.into(),
            reason: Some(reason.into()),
            message: Some(message),
            last_transition_time: Some(now.clone()),
        };
        let content = if remaining.is_empty() {
            cond("NamespaceContentRemaining", "False", "ContentRemoved", "All content successfully removed".into())
        } else {
            cond("NamespaceContentRemaining", "True", "SomeResourcesRemain", format!("Some resources are remaining: {}", remaining.iter().map(|r| {
                let (kind, n) = r.split_once(' ').unwrap_or((r, "1"));
                format!("{} has {} resource instances", kind, n)
            }).collect::<Vec<_>>().join(", ")))
        };
        let conditions = vec![
            cond("NamespaceDeletionDiscoveryFailure", "False", "ResourcesDiscovered", "All resources successfully discovered".into()),
            cond("NamespaceDeletionGroupVersionParsingFailure", "False", "ParsedGroupVersions", "All legacy kube types successfully parsed".into()),
            cond("NamespaceDeletionContentFailure", "False", "ContentDeleted", "All content successfully deleted, may be waiting on finalization".into()),
            content,
            cond("NamespaceFinalizersRemaining", "False", "ContentHasNoFinalizers", "All content-preserving finalizers finished".into()),
        ];
        let old = ns.status.as_ref().and_then(|s| s.conditions.clone()).unwrap_or_default();
        let same = old.len() == conditions.len() && old.iter().zip(&conditions).all(|(a, b)| a.type_ == b.type_ && a.status == b.status && a.message == b.message);
        if same {
            return;
        }
        let mut updated = ns.clone();
        let status = updated.status.get_or_insert_with(Default::default);
        status.conditions = Some(conditions);
        updated.metadata.resource_version = None;
        let _ = ctx.update_status(updated.into_object());
    }
}
