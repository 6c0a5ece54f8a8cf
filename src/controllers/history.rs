//! ControllerRevisions for DaemonSets and StatefulSets (`pkg/controller/history`): each distinct
//! pod template is stored once as a revision named `<parent>-<hash>` holding the template as a
//! replace patch, numbered in order of use; old revisions no pod uses are pruned past
//! `revisionHistoryLimit`.

use super::daemonset::HASH_LABEL;
use super::deployment::util::compute_hash;
use crate::api::apps::ControllerRevision;
use crate::api::core::PodTemplateSpec;
use crate::api::metav1::{ObjectMeta, OwnerReference};
use crate::api::{Kind, ObjectRef, Typed};
use crate::apiserver::DeleteOptions;
use crate::client::informer::Informer;
use crate::client::Ctx;

/// The owner of revisions: its metadata, template, collision count and controller reference.
pub struct Parent<'a> {
    pub meta: &'a ObjectMeta,
    pub template: &'a PodTemplateSpec,
    pub collision: Option<i32>,
    pub owner: OwnerReference,
}

/// What `construct` found: the current revision's hash, name and number, and the other revisions.
pub struct History {
    pub hash: String,
    pub name: String,
    pub revision: i64,
    pub old: Vec<ObjectRef>,
}

/// `{"spec":{"template":{…,"$patch":"replace"}}}`: the data a revision stores.
fn patch_of(template: &PodTemplateSpec) -> serde_json::Value {
    let mut template = crate::api::json_value(template);
    if let Some(m) = template.as_object_mut() {
        m.insert("$patch".into(), crate::json!("replace"));
    }
    crate::json!({"spec": {"template": template}})
}

/// `constructHistory` / `getStatefulSetRevisions`: find the revision equal to the current
/// template (renumbering it if an older one is being rolled back to) or create it; returns the
/// number of writes made alongside.
pub fn construct(ctx: &mut Ctx, p: &Parent, revisions: &Informer, writes: &mut usize) -> Result<History, String> {
    let uid = p.meta.uid.clone().unwrap_or_default();
    let hash = compute_hash(p.template, p.collision);
    let data = patch_of(p.template);
    let mut owned: Vec<ObjectRef> = revisions.controlled_by(&uid).cloned().collect();
    crate::api::order::sort_by_key(&mut owned, |o| ControllerRevision::from_object(o).map_or(0, |r| r.revision));
    let max = owned.iter().filter_map(|o| ControllerRevision::from_object(o)).map(|r| r.revision).max().unwrap_or(0);
    let (current, old): (Vec<ObjectRef>, Vec<ObjectRef>) = owned.into_iter().partition(|o| ControllerRevision::from_object(o).is_some_and(|r| r.data.as_ref().map(|d| &d.0) == Some(&data)));
    let parent = p.meta.name.clone().unwrap_or_default();
    if let Some(cur) = current.last() {
        let cr = ControllerRevision::from_object(cur).expect("revision");
        let cur_hash = cr.metadata.labels.as_ref().and_then(|l| l.get(HASH_LABEL)).cloned().unwrap_or_else(|| hash.clone());
        let mut revision = cr.revision;
        if cr.revision < max {
            let mut c = cr.clone();
            c.revision = max + 1;
            revision = max + 1;
            *writes += 1;
            ctx.update(c.into_object()).map_err(|e| e.message)?;
        }
        return Ok(History { name: cur.name().to_string(), hash: cur_hash, revision, old });
    }
    let mut labels = p.template.metadata.as_ref().and_then(|m| m.labels.clone()).unwrap_or_default();
    labels.insert(HASH_LABEL.into(), hash.clone());
    let name = format!("{}-{}", parent, hash);
    let cr = ControllerRevision {
        metadata: ObjectMeta {
            name: Some(name.clone()),
            namespace: p.meta.namespace.clone(),
            labels: Some(labels),
            annotations: p.meta.annotations.clone(),
            owner_references: Some(vec![p.owner.clone()]),
            ..Default::default()
        },
        data: Some(k8s_openapi::apimachinery::pkg::runtime::RawExtension(data)),
        revision: max + 1,
    };
    *writes += 1;
    let ns = p.meta.namespace.clone().unwrap_or_default();
    match ctx.create(&ns, cr.into_object()) {
        Ok(_) => {}
        Err(e) if e.is_already_exists() => {}
        Err(e) => return Err(e.message),
    }
    Ok(History { hash, name, revision: max + 1, old })
}

/// `cleanupHistory` / `truncateHistory`: delete the oldest revisions beyond `limit` that no
/// live pod uses (`live` holds the revision names pods point at).
pub fn truncate(ctx: &mut Ctx, old: &[ObjectRef], limit: i32, live: &[String], writes: &mut usize) {
    let limit = limit.max(0) as usize;
    if old.len() <= limit {
        return;
    }
    let excess = old.len() - limit;
    for r in old.iter().filter(|o| !live.iter().any(|l| l == o.name())).take(excess) {
        *writes += 1;
        let _ = ctx.delete(Kind::ControllerRevision, r.namespace(), r.name(), &DeleteOptions::default());
    }
}
