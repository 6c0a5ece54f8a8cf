//! Lines that need a shell beyond one simple command: pipes (`kubectl get pods | grep web`),
//! lists (`&&`, `||`, `;`), `$VAR` and `$?`, command substitution (`$(kubectl get pods -o
//! name)`), redirections, loops. They run in the interpreter the containers' shells use
//! (`kubelet::sh`), on the control-plane host (Ubuntu's coreutils: grep, head, wc, sort, awk,
//! xargs, …), with the learner's own commands — `kubectl`, `kubeplay`, `etcdctl`, `curl` — as
//! host programs. A command that waits or follows (`rollout status`, `get -w`) runs to its end
//! in cluster time before the next one starts, as in a script.

use super::{Session, Step};
use crate::kubectl::{Output, Stream};
use crate::kubelet::sh::programs::Image;
use crate::kubelet::sh::{Fs, Host, Ports, Proc, Sys, Yield};
use crate::sim::Cluster;
use std::time::Duration;

/// The learner's commands, as the interpreter's host programs.
struct Learner<'c> {
    session: &'c mut Session,
    cluster: &'c mut Cluster,
    /// What the terminal shows, in order.
    term: Output,
    /// How much of the shell's own output is already in `term`.
    flushed: usize,
}

impl Learner<'_> {
    /// Moves what the shell printed since the last flush to the terminal.
    fn flush(&mut self, shown: &str) {
        if let Some(new) = shown.get(self.flushed..).filter(|s| !s.is_empty()) {
            for (err, text) in crate::kubelet::sh::streams(new) {
                if err {
                    self.term.err(text.to_string());
                } else {
                    self.term.out(text.to_string());
                }
            }
        }
        self.flushed = shown.len();
    }
}

const HOST_COMMANDS: [&str; 11] = ["kubectl", "k", "kubeplay", "etcdctl", "curl", "ssh", "timeout", "clear", "alias", "unalias", "watch"];

impl Host for Learner<'_> {
    fn run(&mut self, argv: &[String], env: &[(String, String)], stdin: Option<&str>, out: &mut String, shown: &str, tty: bool, fs: &mut Fs) -> Option<i32> {
        let name = argv.first()?.as_str();
        let host = HOST_COMMANDS.contains(&name) || self.session.aliases.contains_key(name);
        if !host && !Image::Ubuntu.has(name) {
            self.flush(shown);
            self.term.err(format!("bash: {}: command not found\n", name));
            return Some(127);
        }
        if !host {
            return None;
        }
        // (Inserted one by one: collecting into a map would bring in another stable sort.)
        self.session.env.clear();
        for (k, v) in env {
            self.session.env.insert(k.clone(), v.clone());
        }
        // The shell's files are the host's while the command runs (`kubectl apply -f` reads them).
        std::mem::swap(&mut self.cluster.host_fs, fs);
        let mut o = match self.session.execute(argv.to_vec(), stdin.map(str::to_string), self.cluster) {
            Step::Done(o) => o,
            Step::More | Step::Clear => Output::default(),
        };
        // What it still waits for or follows runs to its end before the next command, unless
        // the line is a background job's: the job follows it.
        let mut rest = Output::default();
        if self.session.backgrounding && self.session.bg_waits.is_empty() && !o.wait.is_empty() {
            self.session.bg_waits = std::mem::take(&mut o.wait);
        }
        if let Some(mut fg) = super::Foreground::start(&mut o, self.cluster.now(), false) {
            super::drive_output(self.cluster, &mut fg, &mut |chunk| rest.chunks.extend(chunk.chunks));
            o.exit_code = fg.exit_code;
        }
        std::mem::swap(&mut self.cluster.host_fs, fs);
        for (stream, text) in o.chunks.drain(..).chain(rest.chunks) {
            match stream {
                // On the terminal, stdout and stderr interleave as they were written.
                Stream::Stdout if tty => {
                    self.flush(shown);
                    self.term.out(text);
                }
                Stream::Stdout => out.push_str(&text),
                Stream::Stderr => {
                    self.flush(shown);
                    self.term.err(text);
                }
            }
        }
        Some(o.exit_code)
    }
}

const LOGIN: [(&str, &str); 5] = [("HOME", "/root"), ("HOSTNAME", "controlplane"), ("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"), ("SHELL", "/bin/bash"), ("USER", "root")];

/// Where a heredoc's body waits while its command runs (bash writes heredocs to a file too).
pub const HEREDOC_FILE: &str = "/tmp/.kubeplay-heredoc";

/// A heredoc on a line the shell runs (`cat > pod.yaml <<'EOF'`): the line with `<<WORD`
/// turned into `< FILE`, and the heredoc (its body is read before the line runs).
pub fn shell_heredoc(line: &str) -> Option<(String, super::words::Heredoc)> {
    let b = line.as_bytes();
    let (mut quote, mut i) = (0u8, 0);
    while i + 1 < b.len() {
        match b[i] {
            q @ (b'\'' | b'"') if quote == 0 => quote = q,
            q if q == quote => quote = 0,
            b'<' if quote == 0 && b[i + 1] == b'<' => {
                let mut j = i + 2;
                let strip_tabs = b.get(j) == Some(&b'-');
                if strip_tabs {
                    j += 1;
                }
                while b.get(j) == Some(&b' ') {
                    j += 1;
                }
                let start = j;
                while j < b.len() && !matches!(b[j], b' ' | b'|' | b';' | b'&' | b'>' | b'<') {
                    j += 1;
                }
                let word = &line[start..j];
                let delimiter: String = word.chars().filter(|c| !matches!(c, '\'' | '"' | '\\')).collect();
                if delimiter.is_empty() {
                    return None;
                }
                let expand = delimiter.len() == word.len();
                let rewritten = format!("{}< {}{}", &line[..i], HEREDOC_FILE, &line[j..]);
                return Some((rewritten, super::words::Heredoc { delimiter, strip_tabs, expand }));
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// A heredoc's body as the inside of a double-quoted word that expands to what bash makes of
/// the body: `$…`, `${…}`, `$(…)` and backquotes expand, `\` escapes only `$`, `` ` ``, `\`
/// and a newline, and a `"` is an ordinary character.
pub fn heredoc_word(body: &str) -> String {
    let b: Vec<char> = body.chars().collect();
    let mut out = String::with_capacity(body.len() + 8);
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            '\\' => match b.get(i + 1) {
                Some(c @ ('$' | '`' | '\\' | '\n')) => {
                    out.push('\\');
                    out.push(*c);
                    i += 2;
                }
                // `\"` stays two characters in a heredoc.
                Some('"') => {
                    out.push_str("\\\\\\\"");
                    i += 2;
                }
                _ => {
                    out.push('\\');
                    i += 1;
                }
            },
            '"' => {
                out.push_str("\\\"");
                i += 1;
            }
            // A substitution is parsed afresh inside double quotes: copy it as written.
            '$' if matches!(b.get(i + 1), Some('(' | '{')) => {
                let end = substitution_end(&b, i + 1);
                out.extend(&b[i..end]);
                i = end;
            }
            '`' => {
                let mut j = i + 1;
                while j < b.len() && b[j] != '`' {
                    j += if b[j] == '\\' { 2 } else { 1 };
                }
                let end = (j + 1).min(b.len());
                out.extend(&b[i..end]);
                i = end;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Where the `(…)` or `{…}` opening at `open` ends (one past its closing bracket), skipping
/// quoted text and nested brackets.
fn substitution_end(b: &[char], open: usize) -> usize {
    let (opener, closer) = if b[open] == '(' { ('(', ')') } else { ('{', '}') };
    let (mut depth, mut i, mut quote) = (0usize, open, None::<char>);
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some('"') if c == '\\' => i += 1,
            Some(_) => {}
            None if c == '\\' => i += 1,
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == opener => depth += 1,
            None if c == closer => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            None => {}
        }
        i += 1;
    }
    b.len()
}

/// Whether a line needs the shell: an operator, an expansion outside single quotes, or a
/// pathname pattern outside quotes.
pub fn needs_shell(line: &str) -> bool {
    let (mut single, mut double, mut escaped) = (false, false, false);
    for c in line.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if !single => escaped = true,
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '$' | '`' if !single => return true,
            // Pathname expansion.
            '*' | '?' | '[' if !single && !double => return true,
            '#' if !single && !double => return false,
            _ => {}
        }
    }
    false
}

impl Session {
    /// Runs a line through the shell interpreter; its output and exit status.
    pub(super) fn script(&mut self, line: &str, cluster: &mut Cluster) -> Output {
        // root's login shell on the control-plane node, and what the learner set.
        let mut env: Vec<(String, String)> = LOGIN.iter().filter(|(k, _)| !self.env.contains_key(*k)).map(|(k, v)| (k.to_string(), v.to_string())).collect();
        env.extend(self.env.iter().map(|(k, v)| (k.clone(), v.clone())));
        let mut proc = Proc::new(&["bash".to_string(), "-c".to_string(), line.to_string()], &env, 4242);
        proc.set_status(self.status);
        // The learner's files persist from line to line on the control-plane host.
        let mut fs = std::mem::take(&mut cluster.host_fs);
        let mut listen = Ports::default();
        let mut shown = String::new();
        let mut learner = Learner { session: self, cluster, term: Output::default(), flushed: 0 };
        let mut code = 0;
        // A busy loop or `sleep` takes cluster time; a few minutes of it at most.
        for _ in 0..10_000 {
            let now_ms = learner.cluster.epoch_unix_ms() + learner.cluster.now().as_millis() as i64;
            let mut sys = Sys { now_ms, hostname: "controlplane", domain: "", image: Image::Ubuntu, fs: &mut fs, cpus: 2, ip: "", main: "-bash", out: &mut shown, listen: &mut listen, resolv: "", net: Default::default(), host: Some(&mut learner) };
            let y = proc.run(&mut sys);
            match y {
                Yield::Sleep(d) => learner.cluster.run_for(d.max(Duration::from_millis(1))),
                Yield::Exit(c) => {
                    code = c;
                    break;
                }
                // Blocked for good (`tail -f`), or the network (no such programs on the host).
                Yield::Forever | Yield::Net(_) => {
                    code = 130;
                    break;
                }
            }
        }
        learner.flush(&shown);
        let mut term = std::mem::take(&mut learner.term);
        cluster.host_fs = fs;
        let vars = proc.vars().clone();
        self.env = vars;
        term.exit_code = code;
        term
    }
}

#[cfg(test)]
mod tests {
    use super::needs_shell;

    #[test]
    fn only_operators_and_expansions_outside_single_quotes_need_the_shell() {
        assert!(!needs_shell("kubectl get pods -o jsonpath='{$.items[0]}'"));
        assert!(!needs_shell("kubectl get pods # what $ costs"));
        assert!(!needs_shell("echo \\$HOME"));
        assert!(needs_shell("echo $HOME"));
        assert!(needs_shell("echo \"$(kubectl get pods -o name)\""));
        assert!(needs_shell("kubectl delete `kubectl get pods -o name`"));
    }
}
