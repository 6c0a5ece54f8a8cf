//! Replays a lesson's solutions as a learner would type them, from a clean cluster, and writes
//! the transcript: at each step's start every check must fail (no check is vacuous), and
//! again after half a minute of doing nothing; then the step's solution is typed line by line
//! and the step must complete within ten minutes of cluster time. The transcript is the
//! lesson's golden file; the problems are what a test reports.

use super::Lesson;
use crate::shell::playground::Playground;
use std::time::Duration;

/// How long a step may take after its solution before it counts as not completing.
pub const STEP_LIMIT: Duration = Duration::from_secs(600);
/// How long the learner "reads" at a step's start (its checks must still fail after it).
pub const IDLE: Duration = Duration::from_secs(30);

pub struct Solved {
    pub transcript: String,
    /// What is wrong with the lesson (empty: every step's checks failed before and held after).
    pub problems: Vec<String>,
}

/// The checks' states, one per line (`✓`/`✗` and what each says).
fn marks(p: &Playground) -> String {
    let Some(l) = &p.lesson else { return String::new() };
    let Some(step) = l.lesson.steps.get(l.progress.step) else { return String::new() };
    step.checks.iter().zip(&l.progress.passing).map(|(c, ok)| format!("  {} {}\n", if *ok { "✓" } else { "✗" }, c.says)).collect()
}

fn clock(p: &Playground) -> String {
    crate::sim::timeline::clock(p.cluster().now())
}

/// The terminal's lines after the first `from`, as a transcript shows them.
fn screen(p: &Playground, from: usize) -> String {
    p.term
        .lines()
        .skip(from)
        .map(|l| format!("{}\n", l.text))
        .collect()
}

fn step_of(p: &Playground) -> usize {
    p.lesson.as_ref().map_or(0, |l| l.progress.step)
}

pub fn solve(lesson: &Lesson) -> Solved {
    let mut problems = Vec::new();
    let c = &lesson.cluster;
    let mut t = format!(
        "# {}: {}\n# cluster: seed {}, {} control plane(s), {} worker(s), kube-proxy {}\n",
        lesson.id, lesson.title, c.seed, c.control_planes, c.workers, c.proxy_mode
    );
    let mut p = Playground::for_lesson(lesson.clone(), crate::sim::config::DEFAULT_EPOCH_UNIX_MS);
    for (i, step) in lesson.steps.iter().enumerate() {
        t.push_str(&format!("\n## {}. {}\n", i + 1, step.title));
        if step_of(&p) != i {
            problems.push(format!("step {} ({:?}) was complete before it began", i + 1, step.title));
            continue;
        }
        for (when, wait) in [("at the step's start", Duration::ZERO), ("after 30s idle", IDLE)] {
            p.advance(wait);
            t.push_str(&format!("[{}] checks {}:\n{}", clock(&p), when, marks(&p)));
            let passing = p.lesson.as_ref().map(|l| l.progress.passing.clone()).unwrap_or_default();
            let complete = step_of(&p) != i;
            for (check, ok) in step.checks.iter().zip(passing) {
                if ok || complete {
                    problems.push(format!("step {} ({:?}): the check {:?} holds {} (it must fail until the step is done)", i + 1, step.title, check.says, when));
                }
            }
        }
        let from = p.term.lines().count();
        for line in step.solution.lines() {
            p.submit(line);
            let limit = p.cluster().now() + Duration::from_secs(1800);
            while p.term.busy() && p.cluster().now() < limit {
                p.advance(Duration::from_millis(100));
            }
        }
        t.push_str(&screen(&p, from));
        let limit = p.cluster().now() + STEP_LIMIT;
        while step_of(&p) == i && p.cluster().now() < limit {
            p.advance(Duration::from_secs(1));
        }
        if step_of(&p) == i {
            t.push_str(&format!("[{}] the step did not complete:\n{}", clock(&p), marks(&p)));
            let failing: Vec<String> = step.checks.iter().zip(&p.lesson.as_ref().map(|l| l.progress.passing.clone()).unwrap_or_default()).filter(|(_, ok)| !**ok).map(|(c, _)| c.says.clone()).collect();
            problems.push(format!("step {} ({:?}) did not complete within {}s of its solution; failing: {}", i + 1, step.title, STEP_LIMIT.as_secs(), failing.join("; ")));
            break;
        }
        t.push_str(&format!("[{}] step {} complete\n", clock(&p), i + 1));
    }
    if p.lesson.as_ref().is_some_and(|l| l.progress.complete(&l.lesson)) {
        t.push_str("\nlesson complete\n");
    }
    Solved { transcript: t, problems }
}
