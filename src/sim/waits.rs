//! What a command that waits (`kubectl wait`, `delete` until gone, `-w`, `logs -f`, `exec -it`,
//! `etcdctl watch`) asks of the cluster while it runs: polling, input, cancelling.

use super::{ApiTransport, Cluster};
use crate::apiserver::http::{Method, Request};
use crate::kubectl::{Follow, Output, WaitFor};

/// `watch [-n SECONDS] [-t] kubectl …` (procps): the command runs every interval and its output
/// replaces the screen, under a title line with the interval, the command, the host and the time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repeat {
    /// kubectl's arguments.
    pub args: Vec<String>,
    /// The command as typed, for the title.
    pub title: String,
    pub show_title: bool,
    pub interval_ms: u64,
    /// When it runs next, in virtual milliseconds.
    pub next_ms: u64,
}

/// What starts a screen that replaces the one before (a terminal redraws it in place).
pub const REDRAW: char = '\u{c}';

impl Cluster {
    /// Advances one thing a command waits for: appends what a following command printed since
    /// the last call to `out`, and returns whether this wait is over.
    pub fn poll_wait(&mut self, w: &mut WaitFor, out: &mut Output) -> bool {
        match w {
            WaitFor::Follow(Follow::Etcd(watch)) => {
                self.api.set_now(self.now);
                let (stdout, stderr, ended) = self.api.etcdctl_watch_poll(watch);
                out.out(stdout);
                out.err(stderr);
                if ended {
                    out.exit_code = 1;
                }
                ended
            }
            WaitFor::Follow(Follow::Kubectl(f)) => {
                self.api.set_now(self.now);
                let now_ms = self.now.as_millis();
                // The client's clock moves on while it follows (ages it prints are from now).
                self.kubectl.now_unix_ms = self.epoch_unix_ms() + now_ms as i64;
                let (done, wakes) = {
                    let mut t = ApiTransport { api: &mut self.api, kubelets: &mut self.kubelets, now: self.now, wakes: Vec::new(), host: &mut self.host_ports };
                    let done = self.kubectl.poll_follow(f, &mut t, now_ms, out);
                    (done, t.wakes)
                };
                for (path, text) in std::mem::take(&mut out.writes) {
                    self.host_fs.write(&path, &text, false);
                }
                self.schedule_kubelets(wakes);
                self.collect();
                done
            }
            WaitFor::Follow(Follow::Repeat(r)) => {
                let now_ms = self.now.as_millis();
                if now_ms < r.next_ms {
                    return false;
                }
                let mut o = self.apply(crate::sim::Command::Kubectl { args: r.args.clone(), stdin: None });
                for w in std::mem::take(&mut o.wait) {
                    self.cancel_wait(&w);
                }
                let mut screen = String::from(REDRAW);
                if r.show_title {
                    let left = format!("Every {}.{}s: {}", r.interval_ms / 1000, r.interval_ms % 1000 / 100, r.title);
                    let unix_ms = self.epoch_unix_ms() + now_ms as i64;
                    let right = format!("controlplane: {}", crate::kubelet::sh::programs::strftime("%a %b %e %H:%M:%S %Y", unix_ms));
                    screen.push_str(&format!("{}{}{}\n\n", left, " ".repeat(80usize.saturating_sub(left.len() + right.len()).max(1)), right));
                }
                screen.push_str(&o.text());
                out.out(screen);
                while r.next_ms <= now_ms {
                    r.next_ms += r.interval_ms.max(100);
                }
                false
            }
            other => self.wait_satisfied(other),
        }
    }

    /// A line typed while a command runs goes to it (an interactive exec's remote shell).
    pub fn write_wait(&mut self, w: &mut WaitFor, line: &str) {
        if let WaitFor::Follow(Follow::Kubectl(f)) = w {
            self.api.set_now(self.now);
            let wakes = {
                let mut t = ApiTransport { api: &mut self.api, kubelets: &mut self.kubelets, now: self.now, wakes: Vec::new(), host: &mut self.host_ports };
                self.kubectl.write_follow(f, &mut t, line);
                t.wakes
            };
            self.schedule_kubelets(wakes);
            self.collect();
        }
    }

    /// A command stopped while it waited: whatever it held open (a watch) is closed.
    pub fn cancel_wait(&mut self, w: &WaitFor) {
        if let WaitFor::Follow(Follow::Kubectl(f)) = w {
            let mut t = ApiTransport { api: &mut self.api, kubelets: &mut self.kubelets, now: self.now, wakes: Vec::new(), host: &mut self.host_ports };
            self.kubectl.cancel_follow(f, &mut t);
        }
    }

    /// Whether a wait condition holds now.
    pub fn wait_satisfied(&mut self, w: &WaitFor) -> bool {
        match w {
            WaitFor::Until(t) => self.now.as_millis() >= *t,
            // A following command ends only when polling says so.
            WaitFor::Follow(_) => false,
            WaitFor::Gone { path, uid } => {
                let resp = self.request(Request::new(Method::Get, path.clone()));
                if resp.code == 404 {
                    return true;
                }
                let v: serde_json::Value = serde_json::from_str(&resp.body).unwrap_or_default();
                !uid.is_empty() && v["metadata"]["uid"].as_str() != Some(uid.as_str())
            }
        }
    }
}
