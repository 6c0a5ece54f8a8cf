//! `kubectl exec (POD | TYPE/NAME) [-c CONTAINER] -- COMMAND [args…]`: the `pods/exec` stream,
//! (whose reader also serves `kubectl logs -f`),
//! as upstream's `ExecOptions` drives it. The command runs in the container in cluster time and
//! its output arrives as it is written; the last frame is the Status: a non-zero exit is
//! "command terminated with exit code N" (and kubectl's own exit code), a runtime failure an
//! internal error.

use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::{parse_flags, Invocation, Kubectl, Output, Transport};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;

/// A running exec: the stream it reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExecFollow {
    pub stream: u64,
    /// The remote shell's prompt while it waits for a line.
    pub prompt: Option<String>,
    /// `kubectl logs -f --prefix`: what each line is printed after.
    pub prefix: Option<String>,
}

impl ExecFollow {
    /// Prints what arrived; true once the command is over.
    pub fn poll(&mut self, t: &mut dyn Transport, out: &mut Output) -> bool {
        let (frames, closed) = t.read_stream(self.stream);
        for f in frames {
            let (channel, data) = f.split_at(f.len().min(1));
            match channel {
                "1" => match &self.prefix {
                    Some(p) => out.out(data.lines().map(|l| format!("{} {}\n", p, l)).collect::<String>()),
                    None => out.out(data),
                },
                "2" => out.err(data),
                "p" => self.prompt = Some(data.to_string()),
                "3" => {
                    let status: Value = serde_json::from_str(data).unwrap_or(Value::Null);
                    finish(&status, out);
                    t.close_stream(self.stream);
                    return true;
                }
                _ => {}
            }
        }
        closed
    }
}

impl ExecFollow {
    /// Sends a typed line to the remote shell.
    pub fn write(&mut self, t: &mut dyn Transport, line: &str) {
        self.prompt = None;
        t.write_stream(self.stream, line);
    }
}

/// The error channel's Status (client-go's `errorDecoderV4`, then kubectl's `checkErr`).
fn finish(status: &Value, out: &mut Output) {
    if status["status"] == "Success" {
        return;
    }
    if status["reason"] == "NonZeroExitCode" {
        let code = status["details"]["causes"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| c["reason"] == "ExitCode")
            .and_then(|c| c["message"].as_str())
            .and_then(|m| m.parse::<u8>().ok());
        match code {
            Some(c) => {
                out.err(format!("command terminated with exit code {}\n", c));
                out.exit_code = c as i32;
            }
            None => out.fail("error: error stream protocol error: invalid exit code value\n"),
        }
        return;
    }
    out.fail(plain(status["message"].as_str().unwrap_or("error stream protocol error: unknown error")));
}

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let flags = [
        flag("container", Some('c'), F::Value),
        flag("stdin", Some('i'), F::Bool),
        flag("tty", Some('t'), F::Bool),
        flag("quiet", Some('q'), F::Bool),
        flag("pod-running-timeout", None, F::Value),
        flag("filename", Some('f'), F::Values),
    ];
    let Some(p) = parse_flags("exec", &inv.args, &flags, out) else { return };
    let quiet = p.bool("quiet");
    // Complete: the resource before `--`, the command after it; the old form without `--` still
    // works, with a deprecation note.
    let (resource, command) = match p.dash {
        Some(0) => (None, p.positionals.clone()),
        Some(i) => (p.positionals.first().cloned(), p.positionals[i..].to_vec()),
        None => {
            if p.positionals.len() > 1 && !quiet {
                out.err("kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n");
            }
            (p.positionals.first().cloned(), p.positionals.iter().skip(1).cloned().collect())
        }
    };
    let Some(resource) = resource.filter(|r| !r.is_empty()) else {
        return out.fail("error: pod, type/name or --filename must be specified\n");
    };
    if command.is_empty() {
        return out.fail("error: you must specify at least one command for the container\n");
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let pod = match super::logs::attachable_pod(kubectl, &mut inv, &ns, &resource, "exec into", out) {
        Ok(Some(pod)) => pod,
        Ok(None) => return,
        Err(e) => return out.fail(e),
    };
    let name = pod["metadata"]["name"].as_str().unwrap_or("").to_string();
    match pod["status"]["phase"].as_str() {
        Some(phase @ ("Succeeded" | "Failed")) => {
            return out.fail(format!("error: cannot exec into a container in a completed pod; current phase is {}\n", phase));
        }
        _ => {}
    }
    let container = match p.value("container").filter(|c| !c.is_empty()) {
        Some(c) => c.to_string(),
        None => {
            if pod["spec"]["containers"].as_array().is_none_or(|c| c.is_empty()) {
                return out.fail(format!("error: pod {}/{} does not have any containers\n", ns, name));
            }
            super::logs::default_container(&pod, quiet, out)
        }
    };
    let mut req = Request::new(Method::Post, format!("/api/v1/namespaces/{}/pods/{}/exec", ns, name)).with_query("container", container);
    for c in &command {
        req = req.with_query("command", c.clone());
    }
    // With -t the remote side has a terminal: stderr goes to it too (kubectl then asks for no
    // separate stderr).
    let (stdin, tty) = (p.bool("stdin"), p.bool("tty") && p.bool("stdin"));
    if stdin {
        req = req.with_query("stdin", "true");
        // Input from a pipe or a file is streamed in whole (a terminal's lines go one by one).
        if let Some(text) = inv.stdin.filter(|t| !t.is_empty()) {
            req = req.with_body(text.to_string());
        }
    }
    req = req.with_query("stdout", "true");
    req = if tty { req.with_query("tty", "true") } else { req.with_query("stderr", "true") };
    match inv.transport.open_stream(req) {
        Ok(stream) => {
            let mut f = ExecFollow { stream, prompt: None, prefix: None };
            if !f.poll(inv.transport, out) {
                out.wait.push(super::WaitFor::Follow(super::Follow::Kubectl(Box::new(super::Following::Exec(f)))));
            }
        }
        Err(resp) if resp.content_type == "text/plain" => out.fail(format!("error: unable to upgrade connection: {}\n", resp.body.trim_end())),
        Err(resp) => out.fail(StatusError::from_body(resp.code, &resp.body).render()),
    }
}
