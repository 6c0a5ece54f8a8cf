//! What a command that waits (`kubectl wait`, `delete` until gone, `-w`, `logs -f`, `exec -it`,
//! `etcdctl watch`) asks of the cluster while it runs: polling, input, cancelling.

use super::{ApiTransport, Cluster};
use crate::apiserver::http::{Method, Request};
use crate::kubectl::{Follow, Output, WaitFor};

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
                let (done, wakes) = {
                    let mut t = ApiTransport { api: &mut self.api, kubelets: &mut self.kubelets, now: self.now, wakes: Vec::new() };
                    let done = self.kubectl.poll_follow(f, &mut t, now_ms, out);
                    (done, t.wakes)
                };
                self.schedule_kubelets(wakes);
                self.collect();
                done
            }
            other => self.wait_satisfied(other),
        }
    }

    /// A line typed while a command runs goes to it (an interactive exec's remote shell).
    pub fn write_wait(&mut self, w: &mut WaitFor, line: &str) {
        if let WaitFor::Follow(Follow::Kubectl(f)) = w {
            self.api.set_now(self.now);
            let wakes = {
                let mut t = ApiTransport { api: &mut self.api, kubelets: &mut self.kubelets, now: self.now, wakes: Vec::new() };
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
            let mut t = ApiTransport { api: &mut self.api, kubelets: &mut self.kubelets, now: self.now, wakes: Vec::new() };
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
