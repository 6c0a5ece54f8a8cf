//! The terminal as the page shows it, without the page: scrollback, history (↑/↓), heredoc
//! continuation prompts, commands that block until their wait conditions hold (while virtual time
//! flows), Ctrl-C, and the clock that follows real time unless paused. The UI renders this and
//! forwards keys; native tests drive it the same way.

use super::{Foreground, Session, Step, CONTINUATION, PROMPT};
use crate::kubectl::{Output, Stream};
use crate::sim::Cluster;
use std::collections::VecDeque;
use std::time::Duration;

/// Scrollback kept, in lines.
pub const SCROLLBACK: usize = 5000;
/// Real time beyond this per tick is dropped (a background tab, a debugger pause).
pub const MAX_TICK: Duration = Duration::from_secs(1);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// What the learner typed, after its prompt.
    Input,
    Stdout,
    Stderr,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    pub text: String,
}

/// A paste after what was being typed: the complete lines, and the rest for the input box.
pub fn split_paste(current: &str, text: &str) -> (Vec<String>, String) {
    let combined = format!("{}{}", current, text.replace("\r\n", "\n"));
    let mut parts: Vec<String> = combined.split('\n').map(str::to_string).collect();
    let rest = parts.pop().unwrap_or_default();
    (parts, rest)
}

pub struct Terminal {
    pub cluster: Cluster,
    session: Session,
    lines: VecDeque<Line>,
    history: Vec<String>,
    cursor: Option<usize>,
    draft: String,
    /// The command still running (blocking or following), if any.
    foreground: Option<Foreground>,
    pub paused: bool,
    /// Bumped on every visible change, so a view can skip redraws.
    pub version: u64,
    /// The node shell's prompt while one is open (`ssh node01`).
    node_prompt: Option<String>,
    /// Lines the running command has printed (a redrawn screen replaces them).
    printed: usize,
}

impl Terminal {
    pub fn new(cluster: Cluster) -> Self {
        Terminal {
            cluster,
            session: Session::new(),
            lines: VecDeque::new(),
            history: Vec::new(),
            cursor: None,
            draft: String::new(),
            foreground: None,
            paused: false,
            version: 0,
            node_prompt: None,
            printed: 0,
        }
    }

    pub fn lines(&self) -> impl Iterator<Item = &Line> {
        self.lines.iter()
    }

    /// The prompt to show, or None while a command is still running: the remote shell's while
    /// an interactive exec waits for a line.
    pub fn prompt(&self) -> Option<&str> {
        if let Some(p) = self.foreground.as_ref().and_then(|f| f.prompt()) {
            Some(p)
        } else if self.busy() {
            None
        } else if self.session.in_heredoc() {
            Some(CONTINUATION)
        } else if let Some(p) = &self.node_prompt {
            Some(p)
        } else {
            Some(PROMPT)
        }
    }

    /// Whether a command runs and does not read input.
    pub fn busy(&self) -> bool {
        self.foreground.as_ref().is_some_and(|f| f.prompt().is_none())
    }

    fn push(&mut self, kind: LineKind, text: &str) {
        for l in text.split_terminator('\n') {
            self.lines.push_back(Line { kind, text: l.to_string() });
        }
        while self.lines.len() > SCROLLBACK {
            self.lines.pop_front();
        }
        self.version += 1;
    }

    /// The learner pressed Enter on `line`.
    pub fn submit(&mut self, line: &str) {
        if self.busy() {
            return;
        }
        let prompt = self.prompt().unwrap_or(PROMPT).to_string();
        self.push(LineKind::Input, &format!("{}{}", prompt, line));
        if let Some(mut fg) = self.foreground.take() {
            // The running command reads it (an interactive exec's shell).
            fg.write(&mut self.cluster, line);
            self.foreground = Some(fg);
            self.cursor = None;
            self.check_waits();
            return;
        }
        if !self.session.in_heredoc() && !line.trim().is_empty() && self.history.last().map(String::as_str) != Some(line) {
            self.history.push(line.to_string());
        }
        self.cursor = None;
        self.draft.clear();
        let step = self.session.feed(line, &mut self.cluster);
        self.node_prompt = self.session.node_prompt();
        match step {
            Step::More => {}
            Step::Clear => {
                self.lines.clear();
                self.version += 1;
            }
            Step::Done(mut out) => {
                self.printed = 0;
                // What background jobs printed meanwhile (a port-forward handling the
                // connection this command made) comes first.
                let jobs = self.session.poll_jobs(&mut self.cluster);
                self.show(&jobs);
                self.foreground = Foreground::start(&mut out, self.cluster.now(), true);
                self.show(&out);
                self.check_waits();
                self.job_notices();
            }
        }
    }

    /// Before the next prompt: the background jobs that ended.
    fn job_notices(&mut self) {
        if self.foreground.is_none() && !self.session.in_heredoc() {
            let n = self.session.notices();
            if !n.is_empty() {
                self.push(LineKind::Stderr, &n);
            }
        }
    }

    /// The file a running `kubectl edit` has open in the editor pane, and its text.
    pub fn editing(&self) -> Option<(String, String)> {
        self.foreground.as_ref().and_then(|f| f.editing())
    }

    /// The editor pane saved and closed the file `kubectl edit` opened.
    pub fn save_edit(&mut self, text: &str) {
        if self.editing().is_none() {
            return;
        }
        if let Some(fg) = self.foreground.as_mut() {
            fg.write(&mut self.cluster, text);
        }
        self.check_waits();
    }

    /// Pastes text: every complete line is submitted; the rest is returned for the input box.
    pub fn paste(&mut self, current: &str, text: &str) -> String {
        let (lines, rest) = split_paste(current, text);
        for l in lines {
            self.submit(&l);
        }
        rest
    }

    /// ↑: the previous history entry (remembering what was being typed).
    pub fn history_up(&mut self, current: &str) -> Option<String> {
        if self.history.is_empty() {
            return None;
        }
        let i = match self.cursor {
            None => {
                self.draft = current.to_string();
                self.history.len() - 1
            }
            Some(0) => 0,
            Some(i) => i - 1,
        };
        self.cursor = Some(i);
        Some(self.history[i].clone())
    }

    /// ↓: the next history entry, then what was being typed.
    pub fn history_down(&mut self) -> Option<String> {
        let i = self.cursor?;
        if i + 1 < self.history.len() {
            self.cursor = Some(i + 1);
            Some(self.history[i + 1].clone())
        } else {
            self.cursor = None;
            Some(std::mem::take(&mut self.draft))
        }
    }

    /// Ctrl-C: stop waiting, or abandon a half-typed heredoc.
    pub fn interrupt(&mut self, current: &str) {
        let prompt = if self.busy() { String::new() } else { self.prompt().unwrap_or(PROMPT).to_string() };
        self.push(LineKind::Input, &format!("{}{}^C", prompt, current));
        if let Some(mut fg) = self.foreground.take() {
            fg.cancel(&mut self.cluster);
        }
        self.session.cancel();
        self.cursor = None;
    }

    fn show(&mut self, out: &Output) {
        for (stream, text) in &out.chunks {
            let kind = if *stream == Stream::Stdout { LineKind::Stdout } else { LineKind::Stderr };
            // A screen that replaces the one before (`watch`): what the command printed goes.
            let text = match text.strip_prefix(crate::sim::cluster::waits::REDRAW) {
                Some(rest) => {
                    let keep = self.lines.len().saturating_sub(self.printed);
                    self.lines.truncate(keep);
                    self.printed = 0;
                    rest
                }
                None => text.as_str(),
            };
            let before = self.lines.len();
            self.push(kind, text);
            self.printed += self.lines.len().saturating_sub(before);
        }
    }

    /// Lets the running command print what it has and finish if it is over.
    fn check_waits(&mut self) {
        if self.session.has_jobs() {
            let jobs = self.session.poll_jobs(&mut self.cluster);
            self.show(&jobs);
        }
        let Some(mut fg) = self.foreground.take() else { return };
        let mut out = Output::default();
        let done = fg.poll(&mut self.cluster, &mut out);
        self.show(&out);
        if done {
            self.version += 1;
            self.job_notices();
        } else {
            self.foreground = Some(fg);
        }
    }

    /// Real time passed: virtual time follows (unless paused), and blocked commands may finish.
    pub fn tick(&mut self, real: Duration) {
        if self.paused {
            return;
        }
        self.advance(real.min(MAX_TICK));
    }

    /// Virtual time passes (paused or not), and blocked commands may finish.
    pub fn advance(&mut self, virtual_time: Duration) {
        self.cluster.run_for(virtual_time);
        self.check_waits();
    }

    /// Lets a blocked command see what the cluster did since (after stepping it by hand).
    pub fn settle(&mut self) {
        self.check_waits();
    }

    /// Shows a command run from outside the prompt (a button of the page) and what it printed,
    /// as a second shell on the same machine would.
    pub fn note(&mut self, command: &str, out: &Output) {
        self.push(LineKind::Input, &format!("# {}", command));
        self.show(out);
    }

    /// Ctrl-R: the newest command before history entry `before` (all of them if None) that
    /// contains `query`, and its index.
    pub fn search_history(&self, query: &str, before: Option<usize>) -> Option<(usize, &str)> {
        let end = before.unwrap_or(self.history.len()).min(self.history.len());
        self.history[..end].iter().enumerate().rev().find(|(_, h)| h.contains(query)).map(|(i, h)| (i, h.as_str()))
    }

    /// Tab: completes `current` as far as the candidates agree; when it cannot go further and
    /// there is a choice, lists the candidates under the line, as bash does. Returns the line.
    pub fn complete(&mut self, current: &str) -> String {
        let (line, candidates) = super::complete::complete(current, &self.cluster);
        if line == current && !candidates.is_empty() {
            let prompt = self.prompt().unwrap_or(PROMPT).to_string();
            self.push(LineKind::Input, &format!("{}{}", prompt, current));
            self.push(LineKind::Stdout, &candidates.join("  "));
        }
        line
    }

    /// The commands typed so far (↑ walks them).
    pub fn history(&self) -> &[String] {
        &self.history
    }

    /// Puts back a screen and history saved before a reload.
    pub fn restore_screen(&mut self, lines: Vec<Line>, history: Vec<String>) {
        self.lines = lines.into_iter().collect();
        while self.lines.len() > SCROLLBACK {
            self.lines.pop_front();
        }
        self.history = history;
        self.cursor = None;
        self.version += 1;
    }

    pub fn set_paused(&mut self, paused: bool) {
        self.paused = paused;
        self.version += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::ClusterConfig;

    fn term() -> Terminal {
        Terminal::new(Cluster::boot(ClusterConfig::kubeadm(1)))
    }

    fn text(t: &Terminal) -> String {
        t.lines().map(|l| format!("{}\n", l.text)).collect()
    }

    #[test]
    fn ctrl_r_finds_older_commands_and_tab_lists_choices() {
        let mut t = term();
        for l in ["kubectl get nodes", "kubectl get pods", "kubeplay wait 1s"] {
            t.submit(l);
        }
        assert_eq!(t.search_history("get", None), Some((1, "kubectl get pods")));
        assert_eq!(t.search_history("get", Some(1)), Some((0, "kubectl get nodes")));
        assert_eq!(t.search_history("get", Some(0)), None);
        assert_eq!(t.complete("kubectl get no"), "kubectl get nodes ");
        let before = t.lines().count();
        assert_eq!(t.complete("kubectl de"), "kubectl de");
        let shown: Vec<String> = t.lines().skip(before).map(|l| l.text.clone()).collect();
        assert_eq!(shown, vec![format!("{}kubectl de", PROMPT), "delete  describe".to_string()]);
    }

    #[test]
    fn heredoc_prompts_and_history() {
        let mut t = term();
        assert_eq!(t.prompt(), Some(PROMPT));
        t.submit("kubectl get nodes");
        assert!(text(&t).contains("controlplane $ kubectl get nodes\nNAME"));
        let rest = t.paste("", "kubectl apply -f - <<EOF\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\nEOF\nkubectl get po");
        assert_eq!(rest, "kubectl get po");
        assert!(text(&t).contains("> EOF\npod/web created\n"), "{}", text(&t));
        assert_eq!(t.history_up("kubectl get po").as_deref(), Some("kubectl apply -f - <<EOF"));
        assert_eq!(t.history_up("").as_deref(), Some("kubectl get nodes"));
        assert_eq!(t.history_up("").as_deref(), Some("kubectl get nodes"));
        assert_eq!(t.history_down().as_deref(), Some("kubectl apply -f - <<EOF"));
        assert_eq!(t.history_down().as_deref(), Some("kubectl get po"));
    }

    #[test]
    fn delete_blocks_while_time_flows_and_pause_stops_time() {
        let mut t = term();
        t.paste("", "kubectl apply -f - <<EOF\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\nEOF\n");
        for _ in 0..100 {
            t.tick(Duration::from_millis(100));
        }
        t.submit("kubectl delete pod web");
        assert!(t.busy(), "delete waits for the pod to go");
        assert_eq!(t.prompt(), None);
        t.set_paused(true);
        let before = t.cluster.now();
        t.tick(Duration::from_secs(1));
        assert_eq!(t.cluster.now(), before);
        assert!(t.busy());
        t.set_paused(false);
        for _ in 0..50 {
            t.tick(Duration::from_millis(100));
        }
        assert!(!t.busy());
        t.submit("kubectl get pods");
        assert!(text(&t).ends_with("No resources found in default namespace.\n"), "{}", text(&t));
    }

    #[test]
    fn a_background_port_forward_serves_curl_until_its_pod_goes() {
        let mut t = term();
        t.submit("kubectl run web --image=nginx");
        for _ in 0..300 {
            t.tick(Duration::from_millis(100));
        }
        t.submit("kubectl port-forward pod/web 8080:80 &");
        assert!(!t.busy() && t.prompt() == Some(PROMPT), "the prompt comes back");
        assert!(text(&t).ends_with("[1] 5107\nForwarding from 127.0.0.1:8080 -> 80\nForwarding from [::1]:8080 -> 80\n"), "{}", text(&t));
        t.submit("curl -s localhost:8080 | grep title");
        assert!(text(&t).ends_with("Handling connection for 8080\n<title>Welcome to nginx!</title>\n"), "{}", text(&t));
        t.submit("jobs");
        assert!(text(&t).ends_with("[1]+  Running                 kubectl port-forward pod/web 8080:80 &\n"), "{}", text(&t));
        // The pod goes while the prompt waits: the job says so as it happens; bash reports
        // the job's end before the next prompt.
        t.submit("kubectl delete pod web --wait=false");
        for _ in 0..100 {
            t.tick(Duration::from_millis(100));
        }
        assert!(text(&t).ends_with("error: lost connection to pod\n"), "{}", text(&t));
        t.submit("curl localhost:8080");
        assert!(text(&t).ends_with("Couldn't connect to server\n[1]+  Exit 1                  kubectl port-forward pod/web 8080:80\n"), "{}", text(&t));
    }

    #[test]
    fn watch_redraws_its_screen_in_place_until_ctrl_c() {
        let mut t = term();
        t.submit("echo before");
        t.submit("watch -n 1 kubectl get configmaps");
        assert!(t.busy(), "watch runs until Ctrl-C");
        for _ in 0..35 {
            t.tick(Duration::from_millis(100));
        }
        let shown = text(&t);
        assert_eq!(shown.matches("Every 1.0s: kubectl get configmaps").count(), 1, "one screen, redrawn:\n{}", shown);
        assert!(shown.contains("kube-root-ca.crt") && shown.contains("before\n"), "{}", shown);
        t.interrupt("");
        assert!(!t.busy());
    }

    #[test]
    fn kubectl_get_watch_prints_each_change_until_ctrl_c() {
        let mut t = term();
        t.submit("kubectl get configmaps -w");
        assert!(t.busy(), "get -w follows the watch");
        let req = crate::apiserver::http::Request::new(crate::apiserver::http::Method::Post, "/api/v1/namespaces/default/configmaps")
            .with_body(r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"seen"},"data":{"a":"1"}}"#);
        assert_eq!(t.cluster.request(req).code, 201);
        for _ in 0..5 {
            t.tick(Duration::from_millis(100));
        }
        let shown = text(&t);
        assert!(shown.contains("NAME               DATA   AGE\n"), "{}", shown);
        assert!(shown.contains("\nseen               1      0s\n"), "{}", shown);
        t.interrupt("");
        assert!(!t.busy());
        assert!(text(&t).ends_with("^C\n"), "{}", text(&t));
    }

    #[test]
    fn a_watch_streams_until_ctrl_c() {
        let mut t = term();
        t.submit("export ETCDCTL_CACERT=/etc/kubernetes/pki/etcd/ca.crt ETCDCTL_CERT=/etc/kubernetes/pki/etcd/server.crt ETCDCTL_KEY=/etc/kubernetes/pki/etcd/server.key");
        t.submit("etcdctl watch --prefix /registry/configmaps/default/");
        assert!(t.busy());
        // A second client writes while the watch runs.
        let req = crate::apiserver::http::Request::new(crate::apiserver::http::Method::Post, "/api/v1/namespaces/default/configmaps")
            .with_body(r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"seen"}}"#);
        assert_eq!(t.cluster.request(req).code, 201);
        for _ in 0..3 {
            t.tick(Duration::from_millis(100));
        }
        assert!(text(&t).contains("PUT\n/registry/configmaps/default/seen\n{"), "{}", text(&t));
        for _ in 0..50 {
            t.tick(Duration::from_millis(100));
        }
        assert!(t.busy(), "a watch runs until interrupted");
        t.interrupt("");
        assert!(!t.busy());
        assert!(text(&t).ends_with("^C\n"));
        t.submit("timeout 2 etcdctl watch /registry/x");
        assert!(t.busy());
        for _ in 0..25 {
            t.tick(Duration::from_millis(100));
        }
        assert!(!t.busy(), "timeout stops it");
    }

    #[test]
    fn an_interactive_exec_reads_lines_until_exit() {
        let mut t = term();
        t.submit("kubectl run bb --image=busybox:1.36 -- sleep 3600");
        for _ in 0..300 {
            t.tick(Duration::from_millis(100));
        }
        t.submit("kubectl exec -it bb -- sh");
        assert_eq!(t.prompt(), Some("/ # "), "{}", text(&t));
        assert!(!t.busy());
        t.submit("echo hi $TERM");
        assert!(text(&t).ends_with("/ # echo hi $TERM\nhi xterm\n"), "{}", text(&t));
        t.submit("sleep 2");
        assert!(t.busy(), "the remote shell sleeps in cluster time");
        for _ in 0..25 {
            t.tick(Duration::from_millis(100));
        }
        assert_eq!(t.prompt(), Some("/ # "));
        t.submit("exit");
        assert_eq!(t.prompt(), Some(PROMPT));
        assert!(text(&t).ends_with("/ # exit\n"), "{}", text(&t));
    }

    #[test]
    fn ssh_opens_a_node_shell_until_exit() {
        let mut t = term();
        t.submit("ssh node01");
        assert_eq!(t.prompt(), Some("root@node01:~# "));
        t.submit("crictl pods");
        assert!(text(&t).contains("root@node01:~# crictl pods\nPOD ID              CREATED"), "{}", text(&t));
        t.submit("exit");
        assert_eq!(t.prompt(), Some(PROMPT));
        assert!(text(&t).ends_with("logout\nConnection to node01 closed.\n"), "{}", text(&t));
    }

    #[test]
    fn interrupt_cancels_a_heredoc() {
        let mut t = term();
        t.submit("kubectl apply -f - <<EOF");
        assert_eq!(t.prompt(), Some(CONTINUATION));
        t.interrupt("apiVersion: v1");
        assert_eq!(t.prompt(), Some(PROMPT));
        assert!(text(&t).ends_with("> apiVersion: v1^C\n"));
    }
}
