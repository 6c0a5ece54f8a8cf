//! The lesson engine: prepares a lesson's cluster (its files in the learner's home, its setup
//! run unseen, time to settle), then follows the learner. After every command and every tick
//! the current step's checks are evaluated; when all hold the step is complete and the next
//! begins. Progress is plain data that saves and restores with the session.

use super::checks::Memory;
use super::Lesson;
use crate::sim::clock::SimTime;
use crate::sim::Cluster;
use serde_json::Value;
use crate::json;
use std::time::Duration;

/// Puts the lesson's files in `/root`, runs its setup, and lets the cluster settle.
pub fn prepare(lesson: &Lesson, cluster: &mut Cluster) {
    for (name, text) in &lesson.files {
        cluster.host_fs.write(&format!("/root/{}", name), text, false);
    }
    let mut shell = crate::shell::Session::new();
    for line in &lesson.setup {
        match lesson.manifests.get(line) {
            Some(text) => {
                cluster.apply(crate::sim::Command::Kubectl { args: vec!["apply".into(), "-f".into(), "-".into()], stdin: Some(text.clone()) });
            }
            None => {
                if let crate::shell::Step::Done(mut o) = shell.feed(line, cluster) {
                    crate::shell::finish(cluster, &mut o);
                }
            }
        }
    }
    if lesson.settle_seconds > 0 {
        cluster.run_for(Duration::from_secs(lesson.settle_seconds));
    }
}

/// A learner's way through a lesson.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The current step (the number of steps once the lesson is complete).
    pub step: usize,
    pub step_started: SimTime,
    /// Each check of the current step: whether it held at the last evaluation.
    pub passing: Vec<bool>,
    memory: Vec<Memory>,
    /// When each completed step was completed.
    pub completed: Vec<SimTime>,
}

impl Progress {
    /// The lesson begins at its first step.
    pub fn start(lesson: &Lesson, cluster: &Cluster) -> Progress {
        let mut p = Progress { step: 0, step_started: cluster.now(), passing: Vec::new(), memory: Vec::new(), completed: Vec::new() };
        p.begin(lesson, cluster);
        p
    }

    fn begin(&mut self, lesson: &Lesson, cluster: &Cluster) {
        self.step_started = cluster.now();
        let checks = lesson.steps.get(self.step).map(|s| &s.checks[..]).unwrap_or(&[]);
        self.memory = checks.iter().map(|c| c.begin(cluster)).collect();
        self.passing = vec![false; checks.len()];
    }

    pub fn complete(&self, lesson: &Lesson) -> bool {
        self.step >= lesson.steps.len()
    }

    /// Evaluates the current step's checks; completes steps while all of theirs hold. Returns
    /// whether anything the panel shows changed.
    pub fn observe(&mut self, lesson: &Lesson, cluster: &Cluster) -> bool {
        let mut changed = false;
        while let Some(step) = lesson.steps.get(self.step) {
            let passing: Vec<bool> = step.checks.iter().zip(self.memory.iter_mut()).map(|(c, m)| c.evaluate(cluster, m)).collect();
            changed |= passing != self.passing;
            self.passing = passing;
            if !self.passing.iter().all(|p| *p) {
                break;
            }
            self.completed.push(cluster.now());
            self.step += 1;
            self.begin(lesson, cluster);
            changed = true;
        }
        changed
    }

    pub fn save(&self) -> Value {
        let memory: Vec<Value> = self
            .memory
            .iter()
            .map(|m| {
                json!({
                    "held": m.held,
                    "seen": m.seen.iter().collect::<Vec<_>>(),
                    "before": m.before.iter().collect::<Vec<_>>(),
                    "baseline": m.baseline,
                    "last": m.last_command,
                })
            })
            .collect();
        json!({
            "step": self.step,
            "started": self.step_started.as_millis(),
            "passing": self.passing,
            "memory": memory,
            "completed": self.completed.iter().map(|t| t.as_millis()).collect::<Vec<_>>(),
        })
    }

    pub fn restore(lesson: &Lesson, v: &Value) -> Result<Progress, String> {
        let step = v["step"].as_u64().ok_or("no step")? as usize;
        if step > lesson.steps.len() {
            return Err("the saved step is past the lesson's end".into());
        }
        let strings = |m: &Value, k: &str| m[k].as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect()).unwrap_or_default();
        let memory: Vec<Memory> = v["memory"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|m| Memory {
                        held: m["held"].as_bool().unwrap_or(false),
                        seen: strings(m, "seen"),
                        before: strings(m, "before"),
                        baseline: m["baseline"].as_object().map(|b| b.iter().map(|(k, n)| (k.clone(), n.as_u64().unwrap_or(0))).collect()).unwrap_or_default(),
                        last_command: m["last"].as_u64().unwrap_or(0),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let checks = lesson.steps.get(step).map_or(0, |s| s.checks.len());
        if memory.len() != checks {
            return Err("the saved step's checks are not the lesson's".into());
        }
        Ok(Progress {
            step,
            step_started: SimTime::from_millis(v["started"].as_u64().unwrap_or(0)),
            passing: v["passing"].as_array().map(|a| a.iter().map(|b| b.as_bool().unwrap_or(false)).collect()).unwrap_or_else(|| vec![false; checks]),
            memory,
            completed: v["completed"].as_array().map(|a| a.iter().filter_map(Value::as_u64).map(SimTime::from_millis).collect()).unwrap_or_default(),
        })
    }
}
