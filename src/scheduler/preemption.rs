//! DefaultPreemption, the PostFilter plugin: when no node fits, find nodes where removing
//! lower-priority pods would make the pod fit, choose the fewest PDB violations and least
//! important victims, evict them (DisruptionTarget, then delete) and nominate the node.

use crate::api::order::Collect;
use super::framework::{order_by, priority, Code, Cycle, NodeInfo, Status};
use super::{histogram, Scheduler, SCHEDULER_NAME};
use crate::api::core::{Pod, PodCondition};
use crate::api::labels::Selector;
use crate::api::metav1::Time;
use crate::api::{Kind, ObjectRef, Typed};
use crate::apiserver::DeleteOptions;
use crate::client::events::NORMAL;
use crate::client::Ctx;
use std::collections::{BTreeMap, BTreeSet};

pub const NOT_HELPFUL: &str = "Preemption is not helpful for scheduling";
pub const NO_VICTIMS: &str = "No preemption victims found for incoming pod";
pub const NEVER: &str = "not eligible due to preemptionPolicy=Never.";
pub const TERMINATING: &str = "not eligible due to a terminating pod on the nominated node.";

/// What PostFilter returns: its message for the FitError ("" on success) and the node to
/// nominate (`Some("")` clears a previous nomination, `None` leaves it).
#[derive(Default)]
pub struct PostFilter {
    pub message: String,
    pub nominate: Option<String>,
}

struct Candidate {
    node: String,
    victims: Vec<ObjectRef>,
    violations: usize,
}

/// A PDB as preemption reads it: namespace, selector, disruptions allowed, already-disrupted pods.
type Pdb = (String, Selector, i32, BTreeSet<String>);

fn pod(o: &ObjectRef) -> &Pod {
    o.as_pod().expect("pod")
}

/// `GetPodStartTime` in milliseconds, falling back to the creation time for pods not started.
fn start_time(p: &Pod) -> i64 {
    let t: Option<&Time> = p.status.as_ref().and_then(|s| s.start_time.as_ref()).or(p.metadata.creation_timestamp.as_ref());
    t.map_or(i64::MAX, |t| t.0.as_millisecond())
}

/// Sorts by `MoreImportantPod`: higher priority first, then the one that started earlier.
fn by_importance<T>(v: Vec<T>, pod_of: impl Fn(&T) -> &Pod) -> Vec<T> {
    let keys: Vec<(i64, i64)> = v.iter().map(|x| (-(priority(pod_of(x)) as i64), start_time(pod_of(x)))).collect();
    let mut slots: Vec<Option<T>> = v.into_iter().map(Some).collect();
    order_by(&keys).into_iter().filter_map(|i| slots[i].take()).collect()
}

fn terminating_by_preemption(p: &Pod) -> bool {
    let conds = p.status.as_ref().and_then(|s| s.conditions.as_deref()).unwrap_or(&[]);
    p.metadata.deletion_timestamp.is_some()
        && conds.iter().find(|c| c.type_ == "DisruptionTarget").is_some_and(|c| c.status == "True" && c.reason.as_deref() == Some("PreemptionByScheduler"))
}

/// `filterPodsWithPDBViolation`: splits (in order) into PDB-violating and non-violating pods.
fn split_by_pdb(pods: Vec<(String, ObjectRef)>, pdbs: &[Pdb]) -> (Vec<(String, ObjectRef)>, Vec<(String, ObjectRef)>) {
    let mut allowed: Vec<i32> = pdbs.iter().map(|p| p.2).collect();
    pods.into_iter().partition(|(_, o)| {
        let p = pod(o);
        let mut violated = false;
        if p.metadata.labels.as_ref().is_some_and(|l| !l.is_empty()) {
            for (i, (ns, sel, _, disrupted)) in pdbs.iter().enumerate() {
                if Some(ns.as_str()) != p.metadata.namespace.as_deref() || sel.is_empty() || !sel.matches(p.metadata.labels.as_ref()) {
                    continue;
                }
                if disrupted.contains(p.metadata.name.as_deref().unwrap_or("")) {
                    continue;
                }
                allowed[i] -= 1;
                violated |= allowed[i] < 0;
            }
        }
        violated
    })
}

impl Scheduler {
    fn pdbs(&self) -> Vec<Pdb> {
        self.others[5]
            .iter()
            .filter_map(|o| o.as_typed::<crate::api::policy::PodDisruptionBudget>())
            .map(|p| {
                let sel = p.spec.as_ref().and_then(|s| s.selector.as_ref()).and_then(|s| Selector::from_label_selector(s).ok()).unwrap_or_else(Selector::nothing);
                let st = p.status.as_ref();
                let disrupted = st.and_then(|s| s.disrupted_pods.as_ref()).map(|m| m.keys().cloned().into_set()).unwrap_or_default();
                (p.metadata.namespace.clone().unwrap_or_default(), sel, st.map_or(0, |s| s.disruptions_allowed), disrupted)
            })
            .collect()
    }

    /// Adds or removes a pod on a copy of a node, updating the PreFilter state as upstream's
    /// `AddPod`/`RemovePod` extensions do.
    fn adjust(&self, info: &mut NodeInfo, c: &mut Cycle, key: &str, obj: &ObjectRef, add: bool) {
        let r = self.placed.get(key).map(|p| p.1).unwrap_or_default();
        let delta = if add {
            info.add_pod(key, obj, r);
            1
        } else {
            info.remove_pod(key, r);
            -1
        };
        if let Some(s) = c.spread.as_mut() {
            s.update_with_pod(&c.pod, pod(obj), info, delta);
        }
        c.ipa.update_with_pod(&c.pod, &c.terms, pod(obj), info, &self.ns_labels, delta);
    }

    /// `SelectVictimsOnNode`: remove every lower-priority pod; if the pod then fits, reprieve as
    /// many as possible, PDB-violating ones first, most important first.
    fn select_victims(&self, cx: &Cycle, node: &str, pdbs: &[Pdb]) -> Result<(Vec<ObjectRef>, usize), Status> {
        let prio = priority(&cx.pod);
        let potential: Vec<(String, ObjectRef)> =
            self.cache[node].pods.iter().filter(|(_, o)| priority(pod(o)) < prio).map(|(k, o)| (k.clone(), o.clone())).collect();
        if potential.is_empty() {
            return Err(Status::unresolvable(NO_VICTIMS));
        }
        // Only nodes with candidate victims pay for copies of the node and the cycle state.
        let mut info = self.cache[node].clone();
        let mut c = cx.clone();
        for (k, o) in &potential {
            self.adjust(&mut info, &mut c, k, o, false);
        }
        if let Some(st) = self.nominator.filter(&self.filters, &c, &info, &self.ns_labels) {
            return Err(st);
        }
        let potential = by_importance(potential, |(_, o)| pod(o));
        let (violating, non_violating) = split_by_pdb(potential, pdbs);
        let mixed = !violating.is_empty() && !non_violating.is_empty();
        let (mut victims, mut violations) = (Vec::new(), 0);
        for (group, violates) in [(violating, true), (non_violating, false)] {
            for (k, o) in group {
                self.adjust(&mut info, &mut c, &k, &o, true);
                if self.nominator.filter(&self.filters, &c, &info, &self.ns_labels).is_some() {
                    self.adjust(&mut info, &mut c, &k, &o, false);
                    victims.push(o);
                    violations += violates as usize;
                }
            }
        }
        if mixed {
            victims = by_importance(victims, pod);
        }
        if victims.is_empty() {
            return Err(Status::unschedulable(format!("expected at least one victim pod on node {:?}", node)));
        }
        Ok((victims, violations))
    }

    /// DefaultPreemption's `PostFilter` (`Evaluator.Preempt`).
    pub(super) fn post_filter(&mut self, ctx: &mut Ctx, obj: &ObjectRef, cx: &Cycle, statuses: &BTreeMap<String, Box<Status>>, total: usize) -> PostFilter {
        let p = &cx.pod;
        let fail = |m: &str| PostFilter { message: format!("preemption: {}", m), nominate: None };
        if p.spec.as_ref().and_then(|s| s.preemption_policy.as_deref()) == Some("Never") {
            return fail(NEVER);
        }
        let nominated = p.status.as_ref().and_then(|s| s.nominated_node_name.clone()).filter(|n| !n.is_empty());
        if let Some(nom) = &nominated {
            let unresolvable = statuses.get(nom).is_some_and(|s| s.code == Code::UnschedulableAndUnresolvable);
            let waiting = self.cache.get(nom).is_some_and(|i| i.pods.values().any(|o| priority(pod(o)) < priority(p) && terminating_by_preemption(pod(o))));
            if !unresolvable && waiting {
                return fail(TERMINATING);
            }
        }
        // Only nodes where a filter said Unschedulable (not Unresolvable) can be helped.
        let potential: Vec<&String> = statuses.iter().filter(|(_, s)| s.code == Code::Unschedulable).map(|(n, _)| n).collect();
        let mut results: Vec<Status> = Vec::new();
        let (mut clean, mut violating) = (Vec::new(), Vec::new());
        if !potential.is_empty() {
            let pdbs = self.pdbs();
            let n = potential.len();
            let offset = self.rng.below(n as u64) as usize;
            let want = (n * 10 / 100).max(100).min(n);
            for i in 0..n {
                let node = potential[(offset + i) % n];
                match self.select_victims(cx, node, &pdbs) {
                    Ok((victims, violations)) => {
                        let c = Candidate { node: node.clone(), victims, violations };
                        if violations == 0 { clean.push(c) } else { violating.push(c) }
                        if clean.len() + violating.len() >= want {
                            break;
                        }
                    }
                    Err(st) => results.push(st),
                }
            }
        }
        clean.extend(violating);
        let Some(best) = pick_one(&clean) else {
            let absent = total - results.len();
            let reasons = results.iter().flat_map(|s| s.reasons.iter().map(String::as_str)).chain(std::iter::repeat_n(NOT_HELPFUL, absent));
            let msg = format!("0/{} nodes are available: {}.", total, histogram(reasons));
            return PostFilter { nominate: nominated.map(|_| String::new()), ..fail(&msg) };
        };
        let best = &clean[best];
        for v in &best.victims {
            self.preempt(ctx, v, obj, &best.node);
        }
        // `prepareCandidate`: lower-priority pods nominated to the node may no longer fit there;
        // their nominations are cleared so they are scheduled afresh.
        for o in self.nominator.lower_priority(&best.node, priority(p)) {
            // A patch of the current object, as `ClearNominatedNodeName` sends.
            let Ok(current) = ctx.get(Kind::Pod, o.namespace(), o.name()) else { continue };
            let mut other = pod(&current).clone();
            other.status.get_or_insert_with(Default::default).nominated_node_name = None;
            if let Err(e) = ctx.update_status(other.into_object()) {
                ctx.trace(format!("could not clear the nominated node of {}: {}", o.cache_key(), e));
            }
        }
        ctx.trace(format!("{} nominated to {}: preempted {} pod(s)", obj.cache_key(), best.node, best.victims.len()));
        PostFilter { message: String::new(), nominate: Some(best.node.clone()) }
    }

    /// Marks the victim with the DisruptionTarget condition, deletes it, and records `Preempted`.
    fn preempt(&mut self, ctx: &mut Ctx, victim: &ObjectRef, preemptor: &ObjectRef, node: &str) {
        let mut v = pod(victim).clone();
        let sched = pod(preemptor).spec.as_ref().and_then(|s| s.scheduler_name.clone()).unwrap_or_else(|| SCHEDULER_NAME.into());
        let conds = v.status.get_or_insert_with(Default::default).conditions.get_or_insert_with(Vec::new);
        conds.retain(|c| c.type_ != "DisruptionTarget");
        conds.push(PodCondition {
            type_: "DisruptionTarget".into(),
            status: "True".into(),
            reason: Some("PreemptionByScheduler".into()),
            message: Some(format!("{}: preempting to accommodate a higher priority pod", sched)),
            last_transition_time: Some(ctx.api.epoch().time(ctx.now)),
            last_probe_time: None,
            observed_generation: None,
        });
        let (ns, name) = (victim.namespace().to_string(), victim.name().to_string());
        if let Err(e) = ctx.update_status(v.into_object()) {
            ctx.trace(format!("could not add DisruptionTarget condition to {}/{}: {}", ns, name, e));
        }
        if ctx.delete(Kind::Pod, &ns, &name, &DeleteOptions::default()).is_ok() {
            let msg = format!("Preempted by pod {} on node {}", preemptor.uid(), node);
            self.recorder.event(ctx, victim, NORMAL, "Preempted", &msg);
        }
    }
}

/// `pickOneNodeForPreemption`: fewest PDB violations, then the lowest highest-priority victim,
/// the smallest priority sum, the fewest victims, the latest start among the highest-priority
/// victims; the first candidate wins remaining ties.
fn pick_one(cands: &[Candidate]) -> Option<usize> {
    let key = |c: &Candidate| {
        let top = c.victims.iter().map(|o| priority(pod(o))).max().unwrap_or(i32::MIN);
        let sum: i64 = c.victims.iter().map(|o| priority(pod(o)) as i64 + i32::MAX as i64 + 1).sum();
        let earliest = c.victims.iter().map(|o| pod(o)).filter(|p| priority(p) == top).map(start_time).min().unwrap_or(i64::MAX);
        (c.violations, top, sum, c.victims.len(), -earliest)
    };
    (0..cands.len()).min_by_key(|&i| key(&cands[i]))
}
