//! `kubectl cp <file-spec-src> <file-spec-dest>` as upstream's `CopyOptions` does it, with the
//! container's own `tar` over `pods/exec` streams: into a pod, `test -d DEST` (a directory takes
//! the source inside it), then the source tarred on the learner's machine into `tar -xmf - -C
//! DIR`; out of a pod, `tar cf - SRC` (its messages printed on stdout, as upstream routes them),
//! untarred into the workspace with the source's path prefix stripped. An image without `tar`
//! fails as the runtime fails the exec. (The real kubectl's `cp` out of a pod works against
//! `kubeplay serve` too; into a pod it would need the exec's stdin streamed to a program that is
//! not a shell, which serve does not do yet.)

use super::errors::{plain, StatusError};
use super::flags::{flag, Kind as F};
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::apiserver::http::{Method, Request};
use crate::kubelet::sh::tar::{self, Member};
use serde_json::Value;

/// `[[namespace/]pod:]file/path`.
#[derive(Debug, PartialEq, Eq)]
struct FileSpec {
    namespace: Option<String>,
    pod: Option<String>,
    file: String,
}

const FORMAT: &str = "filespec must match the canonical format: [[namespace/]pod:]file/path";

/// `extractFileSpec`.
fn file_spec(arg: &str) -> Result<FileSpec, String> {
    let Some(i) = arg.find(':') else { return Ok(FileSpec { namespace: None, pod: None, file: arg.to_string() }) };
    if i == 0 {
        return Err(FORMAT.into());
    }
    let (pod, file) = (&arg[..i], &arg[i + 1..]);
    let pieces: Vec<&str> = pod.split('/').collect();
    match pieces.as_slice() {
        [p] => Ok(FileSpec { namespace: None, pod: Some(p.to_string()), file: file.to_string() }),
        [ns, p] => Ok(FileSpec { namespace: Some(ns.to_string()), pod: Some(p.to_string()), file: file.to_string() }),
        _ => Err(FORMAT.into()),
    }
}

/// Go's `path.Clean`.
fn clean(p: &str) -> String {
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." if parts.last().is_some_and(|l| *l != "..") => {
                parts.pop();
            }
            ".." if rooted => {}
            s => parts.push(s),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{}", joined),
        (false, true) => ".".into(),
        (false, false) => joined,
    }
}

fn base(p: &str) -> String {
    let c = clean(p);
    c.rsplit('/').next().filter(|b| !b.is_empty()).unwrap_or("/").to_string()
}

fn dir(p: &str) -> String {
    let c = clean(p);
    match c.rfind('/') {
        Some(0) => "/".into(),
        Some(i) => c[..i].to_string(),
        None => ".".into(),
    }
}

/// One exec in the pod: what it wrote to stdout and to stderr, and its exit code (or the
/// error kubectl prints).
struct Exec<'a> {
    ns: String,
    pod: String,
    container: Option<&'a str>,
}

impl Exec<'_> {
    fn run(&self, inv: &mut Invocation, argv: &[&str], stdin: Option<String>, quiet: bool, out: &mut Output) -> Result<(String, String, i32), String> {
        let pod = super::logs::get(inv, &format!("/api/v1/namespaces/{}/pods/{}", self.ns, self.pod))?;
        if let Some(phase @ ("Succeeded" | "Failed")) = pod["status"]["phase"].as_str() {
            return Err(format!("error: cannot exec into a container in a completed pod; current phase is {}\n", phase));
        }
        let container = match self.container {
            Some(c) => c.to_string(),
            None => super::logs::default_container(&pod, quiet, out),
        };
        let mut req = Request::new(Method::Post, format!("/api/v1/namespaces/{}/pods/{}/exec", self.ns, self.pod)).with_query("container", container);
        for a in argv {
            req = req.with_query("command", a.to_string());
        }
        if let Some(text) = stdin {
            req = req.with_query("stdin", "true").with_body(text);
        }
        req = req.with_query("stdout", "true").with_query("stderr", "true");
        let stream = match inv.transport.open_stream(req) {
            Ok(s) => s,
            Err(resp) if resp.content_type == "text/plain" => return Err(format!("error: unable to upgrade connection: {}\n", resp.body.trim_end())),
            Err(resp) => return Err(StatusError::from_body(resp.code, &resp.body).render()),
        };
        let (frames, _) = inv.transport.read_stream(stream);
        inv.transport.close_stream(stream);
        let (mut stdout, mut stderr, mut code) = (String::new(), String::new(), 0);
        for f in frames {
            let (channel, data) = f.split_at(f.len().min(1));
            match channel {
                "1" => stdout.push_str(data),
                "2" => stderr.push_str(data),
                "3" => {
                    let status: Value = serde_json::from_str(data).unwrap_or(Value::Null);
                    if status["status"] != "Success" {
                        if status["reason"] != "NonZeroExitCode" {
                            return Err(plain(status["message"].as_str().unwrap_or("error stream protocol error: unknown error")));
                        }
                        code = status["details"]["causes"][0]["message"].as_str().and_then(|m| m.parse().ok()).unwrap_or(1);
                    }
                }
                _ => {}
            }
        }
        Ok((stdout, stderr, code))
    }
}

/// `recursiveTar`: the local path's files (an empty directory as itself), named under `dest`.
fn local_members(inv: &Invocation, path: &str, dest: &str, out: &mut Vec<Member>) {
    match inv.files.entries(path) {
        Some(children) => {
            if children.is_empty() {
                out.push(Member { name: format!("{}/", dest), text: None });
            }
            for c in children {
                local_members(inv, &format!("{}/{}", path.trim_end_matches('/'), c), &format!("{}/{}", dest, c), out);
            }
        }
        None => {
            if let Ok(text) = inv.files.read(path) {
                out.push(Member { name: dest.to_string(), text: Some(text) });
            }
        }
    }
}

fn exit(out: &mut Output, code: i32) {
    out.err(format!("command terminated with exit code {}\n", code));
    out.exit_code = code;
}

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let flags = [flag("container", Some('c'), F::Value), flag("no-preserve", None, F::Bool), flag("retries", None, F::Value)];
    let Some(p) = parse_flags("cp", &inv.args, &flags, out) else { return };
    if p.positionals.len() != 2 {
        return out.fail("error: source and destination are required\n");
    }
    let (src, dest) = match (file_spec(&p.positionals[0]), file_spec(&p.positionals[1])) {
        (Ok(s), Ok(d)) => (s, d),
        (Err(e), _) | (_, Err(e)) => return out.fail(plain(&e)),
    };
    if src.pod.is_some() && dest.pod.is_some() {
        return out.fail("error: one of src or dest must be a local file specification\n");
    }
    if src.file.is_empty() || dest.file.is_empty() {
        return out.fail("error: filepath can not be empty\n");
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let container = p.value("container").filter(|c| !c.is_empty());
    let no_preserve = p.bool("no-preserve");
    if let Some(pod) = &dest.pod {
        let exec = Exec { ns: dest.namespace.clone().unwrap_or(ns), pod: pod.clone(), container };
        // copyToPod
        if inv.files.entries(&src.file).is_none() && inv.files.read(&src.file).is_err() {
            return out.fail(format!("error: {} doesn't exist in local filesystem\n", src.file));
        }
        let mut dest_file = clean(&dest.file);
        let mut quiet = Output::default();
        if matches!(exec.run(&mut inv, &["test", "-d", &dest.file], None, true, &mut quiet), Ok((_, _, 0))) {
            dest_file = format!("{}/{}", dest_file.trim_end_matches('/'), base(&src.file));
        }
        let mut members = Vec::new();
        local_members(&inv, &clean(&src.file), &base(&dest_file), &mut members);
        let archive = tar::write(&members, (kubectl.now_unix_ms / 1000).max(0) as u64);
        let mut argv = vec!["tar"];
        if no_preserve {
            argv.extend(["--no-same-permissions", "--no-same-owner"]);
        }
        argv.extend(["-xmf", "-"]);
        let dest_dir = dir(&dest_file);
        argv.extend(["-C", &dest_dir]);
        match exec.run(&mut inv, &argv, Some(archive), false, out) {
            Ok((stdout, stderr, code)) => {
                out.out(stdout);
                out.err(stderr);
                if code != 0 {
                    exit(out, code);
                }
            }
            Err(e) => out.fail(e),
        }
        return;
    }
    let Some(pod) = &src.pod else {
        return out.fail("error: one of src or dest must be a remote file specification\n");
    };
    // copyFromPod: the remote tar's stderr is printed on kubectl's stdout.
    let exec = Exec { ns: src.namespace.clone().unwrap_or(ns), pod: pod.clone(), container };
    let (archive, messages, code) = match exec.run(&mut inv, &["tar", "cf", "-", &src.file], None, false, out) {
        Ok(r) => r,
        Err(e) => return out.fail(e),
    };
    out.out(messages);
    let prefix = clean(src.file.trim_start_matches('/'));
    let prefix = prefix.trim_start_matches("../").to_string();
    let members = tar::read(&archive).unwrap_or_default();
    let local = clean(&dest.file);
    for m in members {
        let Some(rest) = m.name.strip_prefix(&prefix) else {
            return out.fail("error: tar contents corrupted\n");
        };
        let target = clean(&format!("{}/{}", local, rest.trim_start_matches('/')));
        match m.text {
            None => out.writes.push((format!("{}/.kubeplay-dir", target), String::new())),
            Some(text) => {
                if rest.is_empty() && inv.files.entries(&local).is_some() {
                    return out.fail(format!("error: open {}: is a directory\n", local));
                }
                out.writes.push((target, text));
            }
        }
    }
    // Directories exist by what is in them; the marker files are not written.
    out.writes.retain(|(p, _)| !p.ends_with("/.kubeplay-dir"));
    // Upstream untars until the stream ends and returns; the exec's own failure (tar's exit
    // status) is reported by a goroutine the process does not wait for, so kubectl 1.33 says
    // nothing more and exits 0 (checked against `kubeplay serve`).
    let _ = code;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_specs_and_paths_as_upstream_reads_them() {
        assert_eq!(file_spec("web:/tmp/x"), Ok(FileSpec { namespace: None, pod: Some("web".into()), file: "/tmp/x".into() }));
        assert_eq!(file_spec("ns/web:x"), Ok(FileSpec { namespace: Some("ns".into()), pod: Some("web".into()), file: "x".into() }));
        assert_eq!(file_spec(":x"), Err(FORMAT.into()));
        assert_eq!(file_spec("a/b/c:x"), Err(FORMAT.into()));
        assert_eq!(file_spec("./local"), Ok(FileSpec { namespace: None, pod: None, file: "./local".into() }));
        assert_eq!((clean("/a/./b/../c/"), clean("x/.."), clean("../x")), ("/a/c".into(), ".".into(), "../x".into()));
        assert_eq!((base("/tmp/dir/"), dir("/tmp/dir/f"), dir("f"), dir("/f")), ("dir".into(), "/tmp/dir".into(), ".".into(), "/".into()));
    }
}
