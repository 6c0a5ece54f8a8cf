//! The playground the page shows, without the page: a terminal on a cluster, the speed virtual
//! time runs at, stepping by hand, and the journal that lets a reload bring the same cluster
//! back. Everything the learner does reaches the cluster as terminal input (the faults panel's
//! buttons type `kubeplay node stop node01` and the like), and the journal records each input
//! with the virtual moment it came; the same seed, epoch and inputs at the same moments give
//! the same cluster — the same pods, names and addresses — so a reload boots a new cluster and
//! replays the journal into it, and puts the saved screen and history back.

use super::terminal::{Line, LineKind, Terminal};
use crate::lesson::run::Progress;
use crate::lesson::Lesson;
use crate::sim::clock::SimTime;
use crate::sim::config::ClusterConfig;
use crate::sim::Cluster;
use serde_json::Value;
use crate::json;
use std::time::Duration;

/// The speeds the time control offers (virtual seconds per real second).
pub const SPEEDS: [f64; 8] = [0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 25.0, 100.0];

/// How the page asks for a cluster: its seed, its topology, when it started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Setup {
    pub seed: u64,
    pub control_planes: usize,
    /// Worker nodes (kubeadm's lab has 2; a single control plane may have up to 5,000).
    pub workers: usize,
    pub epoch_unix_ms: i64,
    /// kube-proxy in IPVS mode (kubeadm's KubeProxyConfiguration `mode: ipvs`).
    pub ipvs: bool,
}

/// The most workers a page's cluster may have (Kubernetes' own envelope).
pub const MAX_WORKERS: usize = 5000;

impl Setup {
    pub fn config(&self) -> ClusterConfig {
        let mut c = if self.control_planes > 1 {
            ClusterConfig::kubeadm_ha(self.seed, self.control_planes)
        } else if self.workers == 2 {
            ClusterConfig::kubeadm(self.seed)
        } else {
            let mut c = ClusterConfig::with_workers(self.seed, self.workers.clamp(1, MAX_WORKERS));
            if self.workers > 250 {
                // flannel's 10.244.0.0/16 holds 256 nodes' /24s: a wider pod network.
                c.cluster_cidr = "10.128.0.0/9".into();
            }
            c
        };
        c.epoch_unix_ms = self.epoch_unix_ms;
        if self.ipvs {
            c.proxy_mode = "ipvs".into();
        }
        c
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Input {
    /// Enter on a line.
    Line(String),
    /// Ctrl-C with this half-typed line.
    Interrupt(String),
    /// One component's turn, stepped by hand.
    Turn,
    /// A command run by a button (the faults panel), beside the terminal's own.
    Action(String),
    /// A script run unseen (a widget's setup).
    Setup(String),
    /// The editor pane saved the file `kubectl edit` opened.
    EditorSave(String),
}

pub struct Playground {
    pub term: Terminal,
    pub setup: Setup,
    /// Virtual seconds per real second.
    pub speed: f64,
    /// While paused and stepping: how many of the timeline's happenings are revealed.
    revealed: Option<u64>,
    /// The manifest editor's text (saved with the session).
    pub editor: String,
    /// The editor pane's unsaved text of the file `kubectl edit` has open, by file.
    pub edit_draft: Option<(String, String)>,
    journal: Vec<(u64, Input)>,
    /// The lesson this cluster was made for, and the learner's progress through it.
    pub lesson: Option<LessonState>,
    /// Lines waiting to be typed, each when the terminal is ready for it ("show me").
    queued: std::collections::VecDeque<String>,
}

pub struct LessonState {
    pub lesson: Lesson,
    pub progress: Progress,
    /// Bumped whenever the progress changes, so the panel can skip redraws.
    pub version: u64,
}

impl Playground {
    pub fn new(setup: Setup) -> Playground {
        let mut cluster = Cluster::boot(setup.config());
        // The page's KUBE_EDITOR is its editor pane.
        cluster.use_editor_pane();
        Playground { term: Terminal::new(cluster), setup, speed: 1.0, revealed: None, editor: super::editor::EXAMPLES[0].1.to_string(), edit_draft: None, journal: Vec::new(), lesson: None, queued: Default::default() }
    }

    /// A new cluster for a lesson: its topology and seed, its files and setup; the learner at
    /// the first step.
    pub fn for_lesson(lesson: Lesson, epoch_unix_ms: i64) -> Playground {
        let c = &lesson.cluster;
        let setup = Setup { seed: c.seed, control_planes: c.control_planes, workers: c.workers, epoch_unix_ms, ipvs: c.proxy_mode == "ipvs" };
        let mut p = Playground::new(setup);
        crate::lesson::run::prepare(&lesson, &mut p.term.cluster);
        let progress = Progress::start(&lesson, &p.term.cluster);
        p.lesson = Some(LessonState { lesson, progress, version: 0 });
        p
    }

    /// Types these lines into the terminal, each as soon as the one before has finished (a
    /// lesson's "show me"). A heredoc's lines go in one after another.
    pub fn type_lines(&mut self, text: &str) {
        self.queued.extend(text.lines().map(str::to_string));
        self.type_queued();
    }

    /// Whether lines are still waiting to be typed.
    pub fn typing(&self) -> bool {
        !self.queued.is_empty()
    }

    fn type_queued(&mut self) {
        while !self.term.busy() {
            let Some(line) = self.queued.pop_front() else { break };
            self.submit(&line);
        }
    }

    /// Evaluates the lesson's checks (after every input and tick).
    fn observe(&mut self) {
        if let Some(l) = self.lesson.as_mut() {
            if l.progress.observe(&l.lesson, &self.term.cluster) {
                l.version += 1;
            }
        }
    }

    /// Virtual time passes (a test's or a replay's clock, beside the page's `tick`).
    pub fn advance(&mut self, virtual_time: Duration) {
        self.term.advance(virtual_time);
        self.observe();
        self.type_queued();
    }

    /// The file a running `kubectl edit` has open, and its text (the editor pane shows them).
    pub fn editing(&self) -> Option<(String, String)> {
        self.term.editing()
    }

    /// The editor pane saves the file `kubectl edit` opened and closes it.
    pub fn save_edit(&mut self, text: &str) {
        if self.editing().is_some() {
            self.journal.push((self.now_ms(), Input::EditorSave(text.to_string())));
            self.term.save_edit(text);
            self.observe();
        }
    }

    pub fn cluster(&self) -> &Cluster {
        &self.term.cluster
    }

    /// Real time passed: virtual time follows at the chosen speed, unless paused.
    pub fn tick(&mut self, real: Duration) {
        if self.term.paused {
            return;
        }
        let real = real.min(super::terminal::MAX_TICK);
        self.term.advance(Duration::from_micros((real.as_micros() as f64 * self.speed) as u64));
        self.revealed = None;
        self.observe();
        self.type_queued();
    }

    pub fn set_paused(&mut self, paused: bool) {
        self.term.set_paused(paused);
        if !paused {
            self.revealed = None;
        }
    }

    /// The learner pressed Enter.
    pub fn submit(&mut self, line: &str) {
        self.journal.push((self.now_ms(), Input::Line(line.to_string())));
        self.term.submit(line);
        self.observe();
    }

    /// Pastes text: every complete line is submitted; the rest is returned for the input box.
    pub fn paste(&mut self, current: &str, text: &str) -> String {
        let (lines, rest) = super::terminal::split_paste(current, text);
        for l in lines {
            self.submit(&l);
        }
        rest
    }

    /// Ctrl-C.
    pub fn interrupt(&mut self, current: &str) {
        self.journal.push((self.now_ms(), Input::Interrupt(current.to_string())));
        self.term.interrupt(current);
        self.observe();
    }

    /// Runs a command for a button of the page (the faults panel): like a second shell on the
    /// learner's machine, it does not wait for the terminal's command to finish; the terminal
    /// shows it and what it printed.
    /// A script of several lines (the editor's heredoc) runs in one shell.
    pub fn action(&mut self, script: &str) {
        self.journal.push((self.now_ms(), Input::Action(script.to_string())));
        let out = self.run_shell(script);
        self.term.note(script, &out);
        self.term.settle();
        self.observe();
    }

    /// Runs a script in a shell of its own that the terminal does not show (a widget's setup:
    /// what the page's author prepared, not what the learner typed); journalled like the rest.
    pub fn setup(&mut self, script: &str) {
        self.journal.push((self.now_ms(), Input::Setup(script.to_string())));
        self.run_shell(script);
        self.term.settle();
        self.observe();
    }

    fn run_shell(&mut self, script: &str) -> crate::kubectl::Output {
        let mut shell = super::Session::new();
        let mut out = crate::kubectl::Output::default();
        for line in script.lines() {
            if let super::Step::Done(o) = shell.feed(line, &mut self.term.cluster) {
                out.chunks.extend(o.chunks);
                out.exit_code = o.exit_code;
            }
        }
        out
    }

    /// One component's turn: everything due at the next wakeup runs; the clock jumps there.
    pub fn turn(&mut self) -> bool {
        self.journal.push((self.now_ms(), Input::Turn));
        let ran = self.term.cluster.step();
        self.term.settle();
        self.observe();
        ran
    }

    /// Reveals the timeline's next happening, running the cluster's components turn by turn
    /// until one happens (at most a virtual hour ahead). Returns false if nothing did.
    pub fn step(&mut self) -> bool {
        let recorded = self.term.cluster.timeline().next_seq() - 1;
        let shown = self.revealed.unwrap_or(recorded);
        if shown < recorded {
            self.revealed = Some(shown + 1);
            return true;
        }
        let limit = self.term.cluster.now() + Duration::from_secs(3600);
        while self.term.cluster.timeline().next_seq() - 1 == recorded {
            if self.term.cluster.next_wakeup().is_none_or(|t| t > limit) || !self.turn() {
                self.revealed = Some(recorded);
                return false;
            }
        }
        self.revealed = Some(recorded + 1);
        true
    }

    /// The last happening the timeline shows (all of them unless stepping).
    pub fn revealed(&self) -> u64 {
        self.revealed.unwrap_or_else(|| self.term.cluster.timeline().next_seq() - 1)
    }

    fn now_ms(&self) -> u64 {
        self.term.cluster.now().as_millis()
    }

    /// Everything a reload needs, as JSON: the setup, the journal, the clock, the screen.
    pub fn save(&self) -> String {
        let journal: Vec<Value> = self
            .journal
            .iter()
            .map(|(t, i)| match i {
                Input::Line(l) => json!([t, "l", l]),
                Input::Interrupt(l) => json!([t, "c", l]),
                Input::Turn => json!([t, "t"]),
                Input::Action(l) => json!([t, "a", l]),
                Input::Setup(l) => json!([t, "q", l]),
                Input::EditorSave(l) => json!([t, "s", l]),
            })
            .collect();
        let lines: Vec<Value> = self
            .term
            .lines()
            .map(|l| {
                let k = match l.kind {
                    LineKind::Input => "i",
                    LineKind::Stdout => "o",
                    LineKind::Stderr => "e",
                };
                json!([k, l.text])
            })
            .collect();
        json!({
            "v": 1,
            "seed": self.setup.seed.to_string(),
            "controlPlanes": self.setup.control_planes,
            "workers": self.setup.workers,
            "epoch": self.setup.epoch_unix_ms,
            "now": self.now_ms(),
            "speed": self.speed,
            "paused": self.term.paused,
            "journal": journal,
            "lines": lines,
            "history": self.term.history(),
            "editor": self.editor,
            "ipvs": self.setup.ipvs,
            "queued": self.queued,
            "lesson": self.lesson.as_ref().map(|l| json!({"id": l.lesson.id, "progress": l.progress.save()})),
        })
        .to_string()
    }

    /// The session without its screen (seed, topology, the journal, the editor's text), small
    /// enough for an address: restoring it replays the journal and starts with a clear screen.
    pub fn share(&self) -> String {
        let mut v: Value = serde_json::from_str(&self.save()).unwrap_or_default();
        if let Some(o) = v.as_object_mut() {
            o.remove("lines");
        }
        v.to_string()
    }

    /// Boots the saved cluster again and replays its journal: each input at its moment; then
    /// the saved screen.
    pub fn restore(saved: &str) -> Result<Playground, String> {
        let v: Value = serde_json::from_str(saved).map_err(|e| e.to_string())?;
        if v["v"] != 1 {
            return Err("saved state of another version".into());
        }
        let seed = v["seed"].as_str().and_then(|s| s.parse().ok()).ok_or("no seed")?;
        let setup = Setup {
            seed,
            control_planes: v["controlPlanes"].as_u64().unwrap_or(1).clamp(1, 3) as usize,
            workers: v["workers"].as_u64().unwrap_or(2).clamp(1, MAX_WORKERS as u64) as usize,
            epoch_unix_ms: v["epoch"].as_i64().ok_or("no epoch")?,
            ipvs: v["ipvs"].as_bool().unwrap_or(false),
        };
        let lesson = match v["lesson"]["id"].as_str() {
            Some(id) => Some(crate::lesson::find(id).ok_or_else(|| format!("the lesson {:?} is not in this version of kubeplay", id))?),
            None => None,
        };
        let mut p = match lesson {
            Some(l) => Playground::for_lesson(l, setup.epoch_unix_ms),
            None => Playground::new(setup),
        };
        // While a command waits (a `-w`, a `rollout status`) time passes in the page's 100 ms
        // slices, so it prints as it did; otherwise in minutes (a long session reloads quickly).
        let replay = |p: &mut Playground, until: u64| {
            while p.now_ms() < until {
                let slice = if p.term.busy() { 100 } else { 60_000 };
                let d = (until - p.now_ms()).min(slice);
                p.term.advance(Duration::from_millis(d));
            }
        };
        for e in v["journal"].as_array().ok_or("no journal")? {
            let t = e[0].as_u64().ok_or("bad journal")?;
            replay(&mut p, t);
            let text = e[2].as_str().unwrap_or("");
            match e[1].as_str() {
                Some("l") => p.submit(text),
                Some("c") => p.interrupt(text),
                Some("t") => {
                    p.turn();
                }
                Some("a") => p.action(text),
                Some("q") => p.setup(text),
                Some("s") => p.save_edit(text),
                _ => return Err("bad journal entry".into()),
            }
        }
        replay(&mut p, v["now"].as_u64().unwrap_or(0));
        let lines = v["lines"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|l| {
                        let kind = match l[0].as_str() {
                            Some("i") => LineKind::Input,
                            Some("e") => LineKind::Stderr,
                            _ => LineKind::Stdout,
                        };
                        Line { kind, text: l[1].as_str().unwrap_or("").to_string() }
                    })
                    .collect()
            })
            .unwrap_or_default();
        let history = v["history"].as_array().map(|a| a.iter().filter_map(|h| h.as_str().map(str::to_string)).collect()).unwrap_or_default();
        p.term.restore_screen(lines, history);
        if let Some(text) = v["editor"].as_str() {
            p.editor = text.to_string();
        }
        p.speed = v["speed"].as_f64().filter(|s| SPEEDS.contains(s)).unwrap_or(1.0);
        p.term.set_paused(v["paused"].as_bool().unwrap_or(false));
        if let Some(l) = p.lesson.as_mut() {
            l.progress = Progress::restore(&l.lesson, &v["lesson"]["progress"])?;
        }
        p.queued = v["queued"].as_array().map(|a| a.iter().filter_map(|l| l.as_str().map(str::to_string)).collect()).unwrap_or_default();
        Ok(p)
    }

    /// When the cluster was at `t` (for the page's clock).
    pub fn uptime(&self) -> Duration {
        self.term.cluster.now().since(SimTime::ZERO)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> Setup {
        Setup { seed: 42, control_planes: 1, workers: 2, epoch_unix_ms: 1_700_000_000_000, ipvs: false }
    }

    fn pods(p: &Playground) -> Vec<(String, Option<String>, Option<String>)> {
        p.cluster().snapshot().nodes.iter().flat_map(|n| n.pods.iter().map(|p| (p.name.clone(), p.ip.clone(), p.node.clone()))).collect()
    }

    #[test]
    fn a_saved_playground_comes_back_with_the_same_pods_screen_and_history() {
        let mut p = Playground::new(setup());
        p.speed = 5.0;
        for _ in 0..37 {
            p.tick(Duration::from_millis(83));
        }
        p.submit("kubectl create deployment web --image=nginx --replicas=3");
        for _ in 0..50 {
            p.tick(Duration::from_millis(117));
        }
        p.submit("kubectl delete pod -l app=web --wait=false");
        p.action("kubeplay kubelet stop node02");
        // A widget's setup: journalled, unseen.
        p.setup("kubectl create namespace quiet");
        assert!(!p.term.lines().any(|l| l.text.contains("quiet")));
        // The editor applies a manifest through a heredoc.
        p.editor = super::super::editor::EXAMPLES[2].1.to_string();
        let script = super::super::editor::script("apply", &p.editor);
        p.action(&script);
        assert!(p.term.lines().any(|l| l.text == "service/web created"), "{:?}", p.term.lines().map(|l| l.text.clone()).collect::<Vec<_>>());
        p.turn();
        p.step();
        for _ in 0..20 {
            p.tick(Duration::from_millis(250));
        }
        // A long quiet stretch at 100×, then another command.
        p.speed = 100.0;
        for _ in 0..40 {
            p.tick(Duration::from_millis(900));
        }
        p.submit("kubectl scale deployment web --replicas=4");
        p.speed = 5.0;
        for _ in 0..30 {
            p.tick(Duration::from_millis(200));
        }
        let saved = p.save();
        let q = Playground::restore(&saved).expect("restores");
        let story = |p: &Playground| p.cluster().timeline().iter().map(|h| format!("{} {} {}", h.at, h.actor, h.what)).collect::<Vec<_>>();
        assert_eq!(story(&q), story(&p), "the same happenings at the same moments");
        assert_eq!(q.cluster().now(), p.cluster().now());
        assert_eq!(pods(&q), pods(&p));
        assert!(pods(&p).iter().filter(|(n, _, _)| n.starts_with("web-")).count() >= 3);
        let screen = |p: &Playground| p.term.lines().map(|l| l.text.clone()).collect::<Vec<_>>();
        assert_eq!(screen(&q), screen(&p));
        assert_eq!(q.term.history(), p.term.history());
        assert_eq!(q.speed, 5.0);
        assert_eq!(q.editor, p.editor);
        // Shared (no screen): the same cluster and history, a clear screen.
        let r = Playground::restore(&p.share()).expect("restores");
        assert_eq!(story(&r), story(&p));
        assert_eq!(r.term.history(), p.term.history());
        assert_eq!(r.term.lines().count(), 0);
        assert_eq!(q.save(), saved, "a restored playground saves the same state");
        let mut q = q;
        assert_eq!(q.term.cluster.inspect(&["get".into(), "namespace".into(), "quiet".into(), "-o".into(), "name".into()]).text(), "namespace/quiet\n");
    }

    #[test]
    fn kubectl_edit_opens_the_editor_pane_and_a_reload_replays_what_it_saved() {
        let mut p = Playground::new(setup());
        p.submit("kubectl create deployment web --image=nginx");
        for _ in 0..10 {
            p.tick(Duration::from_millis(200));
        }
        p.submit("kubectl edit deployment web");
        let (file, text) = p.editing().expect("the editor pane has the file");
        assert!(file.starts_with("/tmp/kubectl-edit-") && file.ends_with(".yaml"), "{}", file);
        assert!(text.starts_with("# Please edit the object below.") && text.contains("kind: Deployment\n"), "{}", text);
        assert!(p.term.busy(), "the terminal waits for the editor");
        // Time passes while the learner edits; the deployment's status moves on meanwhile.
        for _ in 0..10 {
            p.tick(Duration::from_millis(200));
        }
        p.save_edit(&text.replace("  replicas: 1\n  revisionHistoryLimit", "  replicas: -1\n  revisionHistoryLimit"));
        let screen = |p: &Playground| p.term.lines().map(|l| l.text.clone()).collect::<Vec<_>>();
        assert!(screen(&p).contains(&"error: deployments.apps \"web\" is invalid".to_string()), "{:?}", screen(&p));
        let (_, reopened) = p.editing().expect("an invalid change reopens the editor");
        assert!(reopened.contains("# deployments.apps \"web\" was not valid:\n# * spec.replicas: Invalid value: -1: must be greater than or equal to 0\n"), "{}", reopened);
        p.save_edit(&reopened.replace("replicas: -1\n  revisionHistoryLimit", "replicas: 2\n  revisionHistoryLimit"));
        assert!(p.editing().is_none());
        assert!(screen(&p).contains(&"deployment.apps/web edited".to_string()), "{:?}", screen(&p));
        assert!(!p.term.busy());
        let replicas = |p: &mut Playground| p.term.cluster.inspect(&["get".into(), "deploy".into(), "web".into(), "-o".into(), "jsonpath={.spec.replicas}".into()]).text();
        assert_eq!(replicas(&mut p), "2");
        // Saving the file unchanged cancels.
        p.submit("kubectl edit deployment web");
        let (_, text) = p.editing().expect("opens again");
        p.save_edit(&text);
        assert_eq!(screen(&p).last().map(String::as_str), Some("Edit cancelled, no changes made."));
        let mut q = Playground::restore(&p.save()).expect("restores");
        assert_eq!(replicas(&mut q), "2");
        assert_eq!(screen(&q), screen(&p));
        assert_eq!(q.save(), p.save());
    }

    #[test]
    fn inspecting_the_cluster_changes_nothing_that_happens_next() {
        let (mut a, mut b) = (Playground::new(setup()), Playground::new(setup()));
        for p in [&mut a, &mut b] {
            p.submit("kubectl create deployment web --image=nginx --replicas=2");
        }
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        for i in 0..40 {
            a.tick(Duration::from_millis(250));
            b.tick(Duration::from_millis(250));
            if i % 4 == 0 {
                let pod = b.cluster().snapshot().nodes.iter().flat_map(|n| n.pods.iter()).find(|p| p.name.starts_with("web-")).map(|p| p.name.clone());
                if let Some(pod) = pod {
                    for cmd in ["describe pod", "get pod -o yaml", "logs", "get events --field-selector involvedObject.name="] {
                        let line = if cmd.ends_with('=') { format!("{}{}", cmd, pod) } else { format!("{} {}", cmd, pod) };
                        let out = b.term.cluster.inspect(&words(&line));
                        // A container that has not started yet has no logs to read.
                        assert!(out.exit_code == 0 || cmd == "logs", "{}: {}", line, out.text());
                    }
                    let _ = super::super::Session::new().feed(&format!("kubeplay explain-schedule {}", pod), &mut b.term.cluster);
                }
            }
        }
        let story = |p: &Playground| p.cluster().timeline().iter().map(|h| format!("{} {} {}", h.at, h.actor, h.what)).collect::<Vec<_>>();
        assert_eq!(story(&a), story(&b));
        assert_eq!(a.cluster().now(), b.cluster().now());
        assert_eq!(pods(&a), pods(&b));
        assert!(b.term.cluster.inspect(&words("delete pod x")).exit_code != 0, "only reads");
    }

    #[test]
    fn each_step_reveals_exactly_one_more_happening() {
        let mut p = Playground::new(setup());
        p.set_paused(true);
        p.submit("kubectl create deployment web --image=nginx --replicas=2");
        let first = p.revealed();
        for i in 1..=12 {
            assert!(p.step());
            assert_eq!(p.revealed(), first + i, "step {}", i);
        }
        // Running again shows everything.
        p.set_paused(false);
        p.tick(Duration::from_millis(100));
        assert_eq!(p.revealed(), p.cluster().timeline().next_seq() - 1);
    }
}
