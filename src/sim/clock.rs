//! Virtual time: `SimTime` is milliseconds since the cluster's epoch; nothing reads a wall clock.

use std::fmt;
use std::ops::{Add, Sub};
use std::time::Duration;

/// A point in virtual time, in milliseconds since the cluster started.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SimTime(pub u64);

impl SimTime {
    pub const ZERO: SimTime = SimTime(0);

    pub fn from_millis(ms: u64) -> Self {
        SimTime(ms)
    }
    pub fn as_millis(self) -> u64 {
        self.0
    }
    /// The duration from `earlier` to `self`, or zero if `earlier` is later.
    pub fn since(self, earlier: SimTime) -> Duration {
        Duration::from_millis(self.0.saturating_sub(earlier.0))
    }
}

impl Add<Duration> for SimTime {
    type Output = SimTime;
    fn add(self, d: Duration) -> SimTime {
        SimTime(self.0.saturating_add(d.as_millis().min(u64::MAX as u128) as u64))
    }
}

impl Sub for SimTime {
    type Output = Duration;
    fn sub(self, rhs: SimTime) -> Duration {
        self.since(rhs)
    }
}

impl fmt::Display for SimTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = self.0;
        write!(f, "{}.{:03}s", ms / 1000, ms % 1000)
    }
}

/// Parses a Go-style duration as kubectl and kubeplay accept it: `30s`, `1m30s`, `500ms`, `2h`, `1.5s`.
/// A bare integer means seconds.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let s = text.trim();
    if s.is_empty() {
        return Err(format!("time: invalid duration {:?}", text));
    }
    if let Ok(secs) = s.parse::<u64>() {
        return Ok(Duration::from_secs(secs));
    }
    // time.ParseDuration, in integer nanoseconds (fractions below a nanosecond are dropped).
    let bad = || format!("time: invalid duration {:?}", text);
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut total_ns: u128 = 0;
    while i < bytes.len() {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let whole = &s[start..i];
        let mut frac = "";
        if i < bytes.len() && bytes[i] == b'.' {
            i += 1;
            let f = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            frac = &s[f..i];
        }
        if whole.is_empty() && frac.is_empty() {
            return Err(bad());
        }
        let unit_start = i;
        while i < bytes.len() && !bytes[i].is_ascii_digit() && bytes[i] != b'.' {
            i += 1;
        }
        let unit: u128 = match &s[unit_start..i] {
            "ns" => 1,
            "us" | "\u{b5}s" | "\u{3bc}s" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            "" => return Err(format!("time: missing unit in duration {:?}", text)),
            unit => return Err(format!("time: unknown unit {:?} in duration {:?}", unit, text)),
        };
        let w: u128 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| bad())? };
        let mut part = w.checked_mul(unit).ok_or_else(bad)?;
        let mut scale = unit;
        for d in frac.bytes().take(30) {
            scale /= 10;
            part += (d - b'0') as u128 * scale;
        }
        total_ns = total_ns.checked_add(part).ok_or_else(bad)?;
    }
    if total_ns > 1_000_000_000_000_000_000_000 {
        return Err(bad());
    }
    Ok(Duration::from_millis(((total_ns + 500_000) / 1_000_000) as u64))
}

/// The page's clock: `37.4s`, `15m03.2s`, `2h05m03s` (tenths of a second while under an hour).
pub fn stopwatch(d: Duration) -> String {
    let tenths = d.as_millis() / 100;
    let (h, m, s, t) = (tenths / 36_000, tenths / 600 % 60, tenths / 10 % 60, tenths % 10);
    if h > 0 {
        format!("{}h{:02}m{:02}s", h, m, s)
    } else if m > 0 {
        format!("{}m{:02}.{}s", m, s, t)
    } else {
        format!("{}.{}s", s, t)
    }
}

/// kubectl's `duration.HumanDuration` (apimachinery `pkg/util/duration`), used for every AGE cell.
pub fn human_duration(d: Duration) -> String {
    human_duration_signed(d.as_nanos() as i128)
}

/// HumanDuration on a signed nanosecond count, so negative ages (clock skew) print like upstream.
pub fn human_duration_signed(nanos: i128) -> String {
    let seconds = nanos / 1_000_000_000;
    if seconds < -1 {
        return "<invalid>".into();
    } else if seconds < 0 {
        return "0s".into();
    } else if seconds < 60 * 2 {
        return format!("{}s", seconds);
    }
    let minutes = nanos / 60_000_000_000;
    if minutes < 10 {
        let s = seconds % 60;
        return if s == 0 { format!("{}m", minutes) } else { format!("{}m{}s", minutes, s) };
    } else if minutes < 60 * 3 {
        return format!("{}m", minutes);
    }
    let hours = nanos / 3_600_000_000_000;
    if hours < 8 {
        let m = minutes % 60;
        return if m == 0 { format!("{}h", hours) } else { format!("{}h{}m", hours, m) };
    } else if hours < 48 {
        return format!("{}h", hours);
    } else if hours < 24 * 8 {
        let h = hours % 24;
        return if h == 0 { format!("{}d", hours / 24) } else { format!("{}d{}h", hours / 24, h) };
    } else if hours < 24 * 365 * 2 {
        return format!("{}d", hours / 24);
    } else if hours < 24 * 365 * 8 {
        let dy = (hours / 24) % 365;
        return if dy == 0 { format!("{}y", hours / 24 / 365) } else { format!("{}y{}d", hours / 24 / 365, dy) };
    }
    format!("{}y", hours / 24 / 365)
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: i128 = 1_000_000_000;
    const MS: i128 = 1_000_000;

    #[test]
    fn human_duration_matches_upstream_table() {
        let m = 60 * S;
        let h = 60 * m;
        let d = 24 * h;
        let y = 365 * d;
        let cases: &[(i128, &str)] = &[
            (S, "1s"), (70 * S, "70s"), (190 * S, "3m10s"), (70 * m, "70m"), (47 * h, "47h"),
            (49 * h, "2d1h"), ((8 * 24 + 2) * h, "8d"), (367 * d, "367d"), ((365 * 2 * 24 + 25) * h, "2y1d"),
            ((365 * 8 * 24 + 2) * h, "8y"),
            (-2 * S, "<invalid>"), (-2 * S + 1, "0s"), (0, "0s"), (999 * MS, "0s"), (2 * m - MS, "119s"),
            (2 * m, "2m"), (2 * m + S, "2m1s"), (10 * m - MS, "9m59s"), (10 * m, "10m"), (10 * m + S, "10m"),
            (3 * h - MS, "179m"), (3 * h, "3h"), (3 * h + m, "3h1m"), (8 * h - MS, "7h59m"), (8 * h, "8h"),
            (8 * h + 59 * m, "8h"), (48 * h - MS, "47h"), (48 * h, "2d"), (49 * h, "2d1h"), (8 * d - MS, "7d23h"),
            (8 * d, "8d"), (8 * d + 23 * h, "8d"), (730 * d - MS, "729d"), (730 * d, "2y"), (731 * d, "2y1d"),
            (8 * y - MS, "7y364d"), (8 * y, "8y"),
        ];
        for (nanos, want) in cases {
            assert_eq!(human_duration_signed(*nanos), *want, "HumanDuration({}ns)", nanos);
        }
    }

    #[test]
    fn parses_go_durations() {
        assert_eq!(parse_duration("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("1m30s").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_duration("1.5s").unwrap(), Duration::from_millis(1500));
        assert_eq!(parse_duration("45").unwrap(), Duration::from_secs(45));
        assert!(parse_duration("abc").is_err());
        assert!(parse_duration("10x").is_err());
        assert!(parse_duration("").is_err());
        assert!(parse_duration("99999999999999999h").is_err());
    }
}
