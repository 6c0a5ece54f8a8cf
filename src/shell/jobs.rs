//! bash's job control at the learner's prompt: `COMMAND &` runs on in the background (`[1] PID`)
//! while the prompt comes back — `kubectl port-forward svc/web 8080:80 &`, then `curl
//! localhost:8080`. What a job prints reaches the terminal as it prints it; `jobs` lists the
//! jobs, `kill %N` (or its PID) ends one, `fg` waits for it in the foreground again; before the
//! next prompt bash says which jobs ended (`[1]+  Done …`, `Exit N`, `Terminated`).

use super::{Foreground, Session, Step};
use crate::kubectl::Output;
use crate::sim::Cluster;

/// The first process ID a job gets on the learner's machine.
const FIRST_PID: u32 = 5107;

#[derive(Debug)]
pub(super) struct Job {
    n: u32,
    pid: u32,
    /// The command as typed, without the `&`.
    command: String,
    /// What it still waits for or follows; None once it is over.
    running: Option<Foreground>,
    /// How it ended: bash's word for it ("Done", "Exit 1", "Terminated").
    ended: Option<String>,
}

/// A line that ends in a lone `&` (outside quotes): the command before it.
pub(super) fn background(line: &str) -> Option<&str> {
    let t = line.trim_end();
    let rest = t.strip_suffix('&')?;
    if rest.ends_with(['&', '>', '|']) || rest.trim().is_empty() {
        return None;
    }
    // The `&` must not be quoted or escaped.
    let (mut single, mut double, mut escaped) = (false, false, false);
    for c in rest.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if !single => escaped = true,
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            _ => {}
        }
    }
    (!single && !double && !escaped).then_some(rest.trim_end())
}

impl Session {
    /// Runs `command` as a background job: `[N] PID`, then what it printed at once.
    pub(super) fn start_job(&mut self, command: &str, cluster: &mut Cluster) -> Step {
        self.backgrounding = true;
        let step = self.feed(command, cluster);
        self.backgrounding = false;
        let Step::Done(mut out) = step else { return step };
        // A line the shell ran (`kubectl port-forward $POD 8080:80 &`) left its command's
        // follow here.
        out.wait.append(&mut self.bg_waits);
        let n = self.jobs.iter().map(|j| j.n).max().unwrap_or(0) + 1;
        let pid = FIRST_PID + self.jobs_started;
        self.jobs_started += 1;
        let mut o = Output::default();
        o.err(format!("[{}] {}\n", n, pid));
        o.chunks.append(&mut out.chunks);
        let running = Foreground::start(&mut out, cluster.now(), true);
        let ended = running.is_none().then(|| ended_word(out.exit_code));
        self.jobs.push(Job { n, pid, command: command.to_string(), running, ended });
        self.status = 0;
        Step::Done(o)
    }

    /// What the running jobs printed since the last poll (jobs that end are noted for
    /// `notices`).
    pub fn poll_jobs(&mut self, cluster: &mut Cluster) -> Output {
        let mut o = Output::default();
        for j in &mut self.jobs {
            let Some(fg) = j.running.as_mut() else { continue };
            let mut out = Output::default();
            let done = fg.poll(cluster, &mut out);
            o.chunks.append(&mut out.chunks);
            if done {
                let code = fg.exit_code;
                j.running = None;
                j.ended = Some(ended_word(code));
            }
        }
        o
    }

    /// The shell exits: what its jobs hold open is closed.
    pub fn end_jobs(&mut self, cluster: &mut Cluster) {
        for j in &mut self.jobs {
            if let Some(mut fg) = j.running.take() {
                fg.cancel(cluster);
            }
        }
        self.jobs.clear();
    }

    /// Whether a job runs in the background (it has something to poll).
    pub fn has_jobs(&self) -> bool {
        self.jobs.iter().any(|j| j.running.is_some())
    }

    /// What bash says before the next prompt: the jobs that ended since, which it forgets.
    pub fn notices(&mut self) -> String {
        let mut s = String::new();
        let count = self.jobs.len();
        for (i, j) in self.jobs.iter().enumerate() {
            if let Some(word) = &j.ended {
                s.push_str(&line(j.n, mark(i, count), word, &j.command));
            }
        }
        self.jobs.retain(|j| j.ended.is_none());
        s
    }

    /// `jobs`: every job with its state.
    pub(super) fn jobs_builtin(&mut self) -> Output {
        let mut o = Output::default();
        let count = self.jobs.len();
        for (i, j) in self.jobs.iter().enumerate() {
            let (word, cmd) = match &j.ended {
                Some(w) => (w.clone(), j.command.clone()),
                None => ("Running".to_string(), format!("{} &", j.command)),
            };
            o.out(line(j.n, mark(i, count), &word, &cmd));
        }
        self.jobs.retain(|j| j.ended.is_none());
        o
    }

    /// The job `%N`, `%%`/`%+` (the current one) or PID names.
    fn job_index(&self, spec: &str) -> Option<usize> {
        match spec {
            "%%" | "%+" | "%" => self.jobs.len().checked_sub(1),
            "%-" => self.jobs.len().checked_sub(2),
            s => match s.strip_prefix('%') {
                Some(n) => self.jobs.iter().position(|j| n.parse() == Ok(j.n)),
                None => self.jobs.iter().position(|j| s.parse() == Ok(j.pid)),
            },
        }
    }

    /// `kill [-SIGNAL] %N|PID…`: ends the jobs (their streams and watches closed). None when
    /// an argument is not a job's, for the host's own `kill`.
    pub(super) fn kill_builtin(&mut self, args: &[String], cluster: &mut Cluster) -> Option<Output> {
        let targets: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
        if targets.is_empty() || targets.iter().any(|t| !t.starts_with('%') && self.job_index(t).is_none()) {
            return None;
        }
        let mut o = Output::default();
        for t in targets {
            match self.job_index(t) {
                Some(i) => {
                    if let Some(mut fg) = self.jobs[i].running.take() {
                        fg.cancel(cluster);
                        self.jobs[i].ended = Some("Terminated".into());
                    }
                }
                None => {
                    o.err(format!("bash: kill: {}: no such job\n", t));
                    o.exit_code = 1;
                }
            }
        }
        Some(o)
    }

    /// `fg [%N]`: the job runs in the foreground again (its command line is echoed).
    pub(super) fn fg_builtin(&mut self, args: &[String]) -> Step {
        let spec = args.first().map(String::as_str).unwrap_or("%%");
        let Some(i) = self.job_index(spec).filter(|i| self.jobs[*i].running.is_some()) else {
            let what = if args.is_empty() { "current".to_string() } else { spec.to_string() };
            return Step::Done(super::failure(format!("bash: fg: {}: no such job\n", what), 1));
        };
        let job = self.jobs.remove(i);
        let mut o = Output::default();
        o.out(format!("{}\n", job.command));
        if let Some(fg) = job.running {
            o.exit_code = fg.exit_code;
            o.wait = fg.waits;
        }
        Step::Done(o)
    }
}

fn ended_word(code: i32) -> String {
    if code == 0 {
        "Done".into()
    } else {
        format!("Exit {}", code)
    }
}

/// `+` marks the current job (the newest), `-` the one before.
fn mark(i: usize, count: usize) -> char {
    match count - i {
        1 => '+',
        2 => '-',
        _ => ' ',
    }
}

/// bash's job line: `[1]+  Running                 kubectl port-forward … &`.
fn line(n: u32, mark: char, word: &str, command: &str) -> String {
    format!("[{}]{}  {:<24}{}\n", n, mark, word, command)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trailing_ampersand_backgrounds_the_command() {
        assert_eq!(background("kubectl port-forward svc/web 8080:80 &"), Some("kubectl port-forward svc/web 8080:80"));
        assert_eq!(background("sleep 5&"), Some("sleep 5"));
        assert_eq!(background("a && b"), None);
        assert_eq!(background("echo 'x &'"), None);
        assert_eq!(background("cmd 2>&"), None);
        assert_eq!(background("&"), None);
        assert_eq!(line(1, '+', "Running", "sleep 100 &"), "[1]+  Running                 sleep 100 &\n");
    }
}
