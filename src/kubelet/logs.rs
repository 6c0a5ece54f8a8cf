//! Container logs as the runtime keeps them: what the container's processes wrote, stdout and
//! stderr interleaved, each line stamped with the time it was written. The kubelet serves them
//! (`/containerLogs/…`) with `tailLines`, `timestamps`, `sinceSeconds` and `limitBytes`, and keeps
//! the previous instance's log for `--previous`. Logs are bounded per container (the kubelet
//! rotates at `containerLogMaxSize`; here the oldest lines go once a container passes 1 MiB).

use super::sh::programs::render_times;
use crate::sim::clock::SimTime;
use std::collections::{BTreeSet, VecDeque};
use std::sync::Arc;

const MAX_BYTES: usize = 1 << 20;

/// One container instance's log.
#[derive(Clone, Debug, Default)]
pub struct Log {
    /// Complete lines written at one instant, newline-terminated.
    chunks: VecDeque<(SimTime, Arc<str>)>,
    bytes: usize,
    /// A line not yet terminated (`echo -n`).
    partial: String,
    /// How many chunks were ever written (a follower's position survives the oldest going).
    written: u64,
}

/// Identical chunks (every nginx on a node prints the same start-up lines, their times rendered
/// when read) are stored once per node.
#[derive(Default)]
pub struct Interner(BTreeSet<Arc<str>>);

impl Interner {
    pub fn get(&mut self, s: &str) -> Arc<str> {
        if let Some(a) = self.0.get(s) {
            return a.clone();
        }
        let a: Arc<str> = Arc::from(s);
        self.0.insert(a.clone());
        a
    }
}

/// What a log request asks for (the kubelet's `PodLogOptions`).
#[derive(Clone, Debug, Default)]
pub struct LogQuery {
    pub tail_lines: Option<usize>,
    pub timestamps: bool,
    pub since: Option<SimTime>,
    pub limit_bytes: Option<usize>,
}

impl Log {
    /// Appends output written at `at`. `shared` interns the chunk (start-up banners).
    pub fn write(&mut self, at: SimTime, text: &str, shared: Option<&mut Interner>) {
        if text.is_empty() {
            return;
        }
        self.partial.push_str(text);
        let Some(end) = self.partial.rfind('\n') else { return };
        let rest = self.partial.split_off(end + 1);
        let whole = std::mem::replace(&mut self.partial, rest);
        let chunk = match shared {
            Some(i) => i.get(&whole),
            None => Arc::from(whole.as_str()),
        };
        self.bytes += chunk.len();
        self.chunks.push_back((at, chunk));
        self.written += 1;
        while self.bytes > MAX_BYTES {
            match self.chunks.pop_front() {
                Some((_, c)) => self.bytes -= c.len(),
                None => break,
            }
        }
    }

    /// Ends the instance: an unterminated last line is kept as a line.
    pub fn close(&mut self, at: SimTime) {
        if !self.partial.is_empty() {
            let p = std::mem::take(&mut self.partial);
            self.write(at, &format!("{}\n", p), None);
        }
    }

    /// The log as the kubelet serves it. `epoch_ms` is the cluster's wall clock at time zero.
    pub fn render(&self, q: &LogQuery, epoch_ms: i64) -> String {
        let mut lines: Vec<(SimTime, &str)> = Vec::new();
        for (at, chunk) in &self.chunks {
            if q.since.is_some_and(|s| *at < s) {
                continue;
            }
            lines.extend(chunk.split_terminator('\n').map(|l| (*at, l)));
        }
        if let Some(n) = q.tail_lines {
            lines.drain(..lines.len().saturating_sub(n));
        }
        let mut out = String::new();
        for (at, l) in lines {
            let ms = epoch_ms + at.as_millis() as i64;
            if q.timestamps {
                out.push_str(&rfc3339_nano(ms));
                out.push(' ');
            }
            out.push_str(&render_times(l, ms));
            out.push('\n');
        }
        if let Some(limit) = q.limit_bytes {
            let mut cut = limit.min(out.len());
            while !out.is_char_boundary(cut) {
                cut -= 1;
            }
            out.truncate(cut);
        }
        out
    }

    /// The position after the last chunk written (`kubectl logs -f` reads on from there).
    pub fn position(&self) -> u64 {
        self.written
    }

    /// The line being written and not yet ended (a shell's prompt on a terminal).
    pub fn pending_line(&self) -> &str {
        &self.partial
    }

    /// What was written since `from`, and the new position.
    pub fn render_from(&self, from: u64, timestamps: bool, epoch_ms: i64) -> (String, u64) {
        let first = self.written - self.chunks.len() as u64;
        let skip = from.saturating_sub(first) as usize;
        let mut out = String::new();
        for (at, chunk) in self.chunks.iter().skip(skip) {
            let ms = epoch_ms + at.as_millis() as i64;
            for l in chunk.split_terminator('\n') {
                if timestamps {
                    out.push_str(&rfc3339_nano(ms));
                    out.push(' ');
                }
                out.push_str(&render_times(l, ms));
                out.push('\n');
            }
        }
        (out, self.written)
    }

    pub fn is_empty(&self) -> bool {
        self.chunks.is_empty() && self.partial.is_empty()
    }
}

/// Go's `time.RFC3339Nano` in UTC: trailing zeros of the fraction are dropped.
pub fn rfc3339_nano(ms: i64) -> String {
    let base = super::sh::programs::strftime("%Y-%m-%dT%H:%M:%S", ms);
    let frac = ms.rem_euclid(1000);
    if frac == 0 {
        format!("{}Z", base)
    } else {
        format!("{}.{}Z", base, format!("{:03}", frac).trim_end_matches('0'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn lines_keep_their_times_and_tail_and_limits_apply() {
        let mut log = Log::default();
        let t = |s: u64| SimTime::ZERO + Duration::from_secs(s);
        log.write(t(1), "one\ntwo\n", None);
        log.write(t(2), "thr", None);
        log.write(t(3), "ee\nfour\n", None);
        log.write(t(4), "five", None);
        log.close(t(5));
        let all = log.render(&LogQuery::default(), 0);
        assert_eq!(all, "one\ntwo\nthree\nfour\nfive\n");
        assert_eq!(log.render(&LogQuery { tail_lines: Some(2), ..Default::default() }, 0), "four\nfive\n");
        assert_eq!(log.render(&LogQuery { since: Some(t(3)), ..Default::default() }, 0), "three\nfour\nfive\n");
        assert_eq!(log.render(&LogQuery { limit_bytes: Some(6), ..Default::default() }, 0), "one\ntw");
        let stamped = log.render(&LogQuery { timestamps: true, tail_lines: Some(1), ..Default::default() }, 1_795_000_000_250);
        assert_eq!(stamped, "2026-11-18T11:06:45.25Z five\n");
        assert_eq!(rfc3339_nano(1_795_000_000_000), "2026-11-18T11:06:40Z");
    }

    #[test]
    fn a_chatty_container_keeps_its_newest_megabyte() {
        let mut log = Log::default();
        let line = format!("{}\n", "x".repeat(1023));
        for i in 0..3000u64 {
            log.write(SimTime::ZERO + Duration::from_millis(i), &line, None);
        }
        assert!(log.bytes <= MAX_BYTES && log.bytes > MAX_BYTES - 2048, "{}", log.bytes);
        let mut shared = Interner::default();
        let (mut a, mut b) = (Log::default(), Log::default());
        a.write(SimTime::ZERO, "banner\n", Some(&mut shared));
        b.write(SimTime::ZERO, "banner\n", Some(&mut shared));
        assert!(Arc::ptr_eq(&a.chunks[0].1, &b.chunks[0].1));
    }
}
