//! kubeplay's minimal `jiff`: a UTC instant with nanosecond precision, RFC 3339 text, and the
//! strtime layouts k8s-openapi formats `Time` and `MicroTime` with. Parsing follows Go's
//! `time.Parse(time.RFC3339, …)`, including its error text, since that is what the apiserver says.

#![no_std]
extern crate alloc;

use alloc::format;
use alloc::string::String;
use core::fmt as cfmt;

/// An instant: seconds since the Unix epoch and nanoseconds within the second.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    secs: i64,
    nanos: u32,
}

/// A failed conversion or parse, with Go's wording where there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(String);

impl cfmt::Display for Error {
    fn fmt(&self, f: &mut cfmt::Formatter<'_>) -> cfmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(feature = "std")]
extern crate std;
#[cfg(feature = "std")]
impl std::error::Error for Error {}

/// A unit of time to round an instant to (what kube-rs, the Rust client kubeplay's tests use,
/// rounds `sinceTime` with).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Unit {
    Nanosecond,
    Microsecond,
    Millisecond,
    Second,
    Minute,
    Hour,
}

/// A span of time that may be negative (what kube-rs adds to instants for token expiry).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SignedDuration {
    nanos: i128,
}

impl SignedDuration {
    pub const fn from_secs(secs: i64) -> SignedDuration {
        SignedDuration { nanos: secs as i128 * 1_000_000_000 }
    }
}

impl core::ops::Add<SignedDuration> for Timestamp {
    type Output = Timestamp;
    fn add(self, d: SignedDuration) -> Timestamp {
        let t = self.as_nanosecond() + d.nanos;
        Timestamp { secs: t.div_euclid(1_000_000_000) as i64, nanos: t.rem_euclid(1_000_000_000) as u32 }
    }
}

impl core::ops::Sub<SignedDuration> for Timestamp {
    type Output = Timestamp;
    fn sub(self, d: SignedDuration) -> Timestamp {
        self + SignedDuration { nanos: -d.nanos }
    }
}

/// Years 1..=9999, as RFC 3339 allows.
const MIN_SECS: i64 = -62_135_596_800;
const MAX_SECS: i64 = 253_402_300_799;

impl Timestamp {
    pub const UNIX_EPOCH: Timestamp = Timestamp { secs: 0, nanos: 0 };

    pub fn from_second(secs: i64) -> Result<Timestamp, Error> {
        if !(MIN_SECS..=MAX_SECS).contains(&secs) {
            return Err(Error(format!("parameter 'second' with value {} is not in the required range of {}..={}", secs, MIN_SECS, MAX_SECS)));
        }
        Ok(Timestamp { secs, nanos: 0 })
    }

    pub fn from_millisecond(ms: i64) -> Result<Timestamp, Error> {
        let t = Timestamp::from_second(ms.div_euclid(1000))?;
        Ok(Timestamp { nanos: (ms.rem_euclid(1000) * 1_000_000) as u32, ..t })
    }

    pub fn as_second(self) -> i64 {
        self.secs
    }

    pub fn as_millisecond(self) -> i64 {
        self.secs * 1000 + i64::from(self.nanos / 1_000_000)
    }

    pub fn as_nanosecond(self) -> i128 {
        i128::from(self.secs) * 1_000_000_000 + i128::from(self.nanos)
    }

    pub fn subsec_nanosecond(self) -> i32 {
        self.nanos as i32
    }

    /// The nearest instant that is a whole number of `unit`s (halves away from zero, jiff's
    /// default).
    pub fn round(self, unit: Unit) -> Result<Timestamp, Error> {
        let n: i128 = match unit {
            Unit::Nanosecond => 1,
            Unit::Microsecond => 1_000,
            Unit::Millisecond => 1_000_000,
            Unit::Second => 1_000_000_000,
            Unit::Minute => 60_000_000_000,
            Unit::Hour => 3_600_000_000_000,
        };
        let t = self.as_nanosecond();
        let r = t.rem_euclid(n);
        let rounded = if r * 2 >= n { t - r + n } else { t - r };
        let secs = rounded.div_euclid(1_000_000_000) as i64;
        let t = Timestamp::from_second(secs)?;
        Ok(Timestamp { nanos: rounded.rem_euclid(1_000_000_000) as u32, ..t })
    }

    /// The system clock's instant (for clients such as kube-rs; the simulation keeps its own).
    #[cfg(feature = "std")]
    pub fn now() -> Timestamp {
        let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        Timestamp { secs: d.as_secs() as i64, nanos: d.subsec_nanos() }
    }

    /// The layouts kubeplay's tests compare with: `%Y %m %d %H %M %S %a %b %.6f` and literals.
    pub fn strftime<'f>(&self, format: &'f str) -> impl cfmt::Display + 'f {
        crate::fmt::strtime::format(format, *self).unwrap_or_default()
    }
}

/// (year, month, day, hour, minute, second, weekday with 0 = Sunday).
fn civil(secs: i64) -> (i64, u32, u32, u32, u32, u32, u32) {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400) as u32;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d, rem / 3600, rem / 60 % 60, rem % 60, (days + 4).rem_euclid(7) as u32)
}

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// RFC 3339 in UTC, fractional seconds only when there are any (trailing zeros trimmed).
impl cfmt::Display for Timestamp {
    fn fmt(&self, f: &mut cfmt::Formatter<'_>) -> cfmt::Result {
        let (y, mo, d, h, mi, s, _) = civil(self.secs);
        write!(f, "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", y, mo, d, h, mi, s)?;
        if self.nanos > 0 {
            let frac = format!("{:09}", self.nanos);
            write!(f, ".{}", frac.trim_end_matches('0'))?;
        }
        f.write_str("Z")
    }
}

impl core::str::FromStr for Timestamp {
    type Err = Error;
    fn from_str(s: &str) -> Result<Timestamp, Error> {
        parse_rfc3339(s)
    }
}

/// Go's `time.Parse(time.RFC3339, s)`: each layout element in turn, and on failure
/// `parsing time "s" as "2006-01-02T15:04:05Z07:00": cannot parse "rest" as "element"`.
fn parse_rfc3339(s: &str) -> Result<Timestamp, Error> {
    const LAYOUT: &str = "2006-01-02T15:04:05Z07:00";
    let fail = |rest: &str, elem: &str| Error(format!("parsing time {:?} as {:?}: cannot parse {:?} as {:?}", s, LAYOUT, rest, elem));
    let range_err = |what: &str| Error(format!("parsing time {:?}: {} out of range", s, what));
    let b = s.as_bytes();
    let mut i = 0;
    let num = |i: &mut usize, n: usize, elem: &str| -> Result<i64, Error> {
        let digits = b.get(*i..*i + n).filter(|d| d.iter().all(u8::is_ascii_digit)).ok_or_else(|| fail(&s[*i..], elem))?;
        *i += n;
        Ok(digits.iter().fold(0i64, |a, d| a * 10 + i64::from(d - b'0')))
    };
    let lit = |i: &mut usize, c: u8, elem: &str| -> Result<(), Error> {
        if b.get(*i) == Some(&c) {
            *i += 1;
            Ok(())
        } else {
            Err(fail(&s[*i..], elem))
        }
    };
    let y = num(&mut i, 4, "2006")?;
    lit(&mut i, b'-', "-")?;
    let mo = num(&mut i, 2, "01")?;
    lit(&mut i, b'-', "-")?;
    let d = num(&mut i, 2, "02")?;
    if !matches!(b.get(i), Some(b'T') | Some(b't')) {
        return Err(fail(&s[i..], "T"));
    }
    i += 1;
    let h = num(&mut i, 2, "15")?;
    lit(&mut i, b':', ":")?;
    let mi = num(&mut i, 2, "04")?;
    lit(&mut i, b':', ":")?;
    let sec = num(&mut i, 2, "05")?;
    let mut nanos = 0u32;
    if matches!(b.get(i), Some(b'.') | Some(b',')) {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            if i - start < 9 {
                nanos = nanos * 10 + u32::from(b[i] - b'0');
            }
            i += 1;
        }
        if i == start {
            return Err(fail(&s[start - 1..], "Z07:00"));
        }
        for _ in (i - start)..9 {
            nanos *= 10;
        }
    }
    let offset = match b.get(i) {
        Some(b'Z') | Some(b'z') => {
            i += 1;
            0
        }
        Some(&c) if c == b'+' || c == b'-' => {
            i += 1;
            let oh = num(&mut i, 2, "Z07:00").map_err(|_| fail(&s[i - 1..], "Z07:00"))?;
            lit(&mut i, b':', "Z07:00").map_err(|_| fail(&s[i - 3..], "Z07:00"))?;
            let om = num(&mut i, 2, "Z07:00").map_err(|_| fail(&s[i - 4..], "Z07:00"))?;
            if oh > 24 || om > 60 {
                return Err(range_err("time zone offset"));
            }
            let o = oh * 3600 + om * 60;
            if c == b'-' {
                -o
            } else {
                o
            }
        }
        _ => return Err(fail(&s[i..], "Z07:00")),
    };
    if i != s.len() {
        return Err(Error(format!("parsing time {:?}: extra text: {:?}", s, &s[i..])));
    }
    let dim = [31, if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1..=12).contains(&mo) {
        return Err(range_err("month"));
    }
    if d < 1 || d > dim[(mo - 1) as usize] {
        return Err(range_err("day"));
    }
    if h > 23 {
        return Err(range_err("hour"));
    }
    if mi > 59 {
        return Err(range_err("minute"));
    }
    if sec > 59 {
        return Err(range_err("second"));
    }
    let secs = days_from_civil(y, mo as u32, d as u32) * 86_400 + h * 3600 + mi * 60 + sec - offset;
    Ok(Timestamp { secs, nanos })
}

pub mod fmt {
    pub mod strtime {
        use crate::{civil, Error, Timestamp};
        use alloc::format;
        use alloc::string::String;

        const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
        const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

        /// strftime for `%Y %m %d %H %M %S %a %b %.Nf %%` (the directives k8s-openapi and
        /// kubeplay use); anything else is an error.
        pub fn format(layout: &str, ts: Timestamp) -> Result<String, Error> {
            let (y, mo, d, h, mi, s, wd) = civil(ts.secs);
            let mut out = String::new();
            let mut chars = layout.chars();
            while let Some(c) = chars.next() {
                if c != '%' {
                    out.push(c);
                    continue;
                }
                match chars.next() {
                    Some('Y') => out.push_str(&format!("{:04}", y)),
                    Some('m') => out.push_str(&format!("{:02}", mo)),
                    Some('d') => out.push_str(&format!("{:02}", d)),
                    Some('H') => out.push_str(&format!("{:02}", h)),
                    Some('M') => out.push_str(&format!("{:02}", mi)),
                    Some('S') => out.push_str(&format!("{:02}", s)),
                    Some('a') => out.push_str(DAYS[wd as usize]),
                    Some('b') => out.push_str(MONTHS[(mo - 1) as usize]),
                    Some('%') => out.push('%'),
                    Some('.') => {
                        let n = chars.next().and_then(|c| c.to_digit(10)).unwrap_or(9) as usize;
                        if chars.next() != Some('f') {
                            return Err(Error("strftime: unsupported directive".into()));
                        }
                        out.push('.');
                        out.push_str(&format!("{:09}", ts.nanos)[..n.min(9)]);
                    }
                    _ => return Err(Error(format!("strftime formatting failed: unsupported directive in {:?}", layout))),
                }
            }
            Ok(out)
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::Timestamp;
    use alloc::string::ToString;
    use core::fmt;

    impl serde::Serialize for Timestamp {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(&self.to_string())
        }
    }

    impl<'de> serde::Deserialize<'de> for Timestamp {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Timestamp, D::Error> {
            struct V;
            impl serde::de::Visitor<'_> for V {
                type Value = Timestamp;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an RFC 3339 timestamp string")
                }
                fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Timestamp, E> {
                    s.parse().map_err(E::custom)
                }
            }
            d.deserialize_str(V)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn round_trips_rfc3339_like_go() {
        let t: Timestamp = "2026-01-05T09:00:05Z".parse().unwrap();
        assert_eq!(t.as_second(), 1_767_603_605);
        assert_eq!(t.to_string(), "2026-01-05T09:00:05Z");
        let t: Timestamp = "2026-01-05T10:00:05.250+01:00".parse().unwrap();
        assert_eq!(t.to_string(), "2026-01-05T09:00:05.25Z");
        assert_eq!(crate::fmt::strtime::format("%Y-%m-%dT%H:%M:%S%.6fZ", t).unwrap(), "2026-01-05T09:00:05.250000Z");
        assert_eq!(crate::fmt::strtime::format("%a, %d %b %Y", t).unwrap(), "Mon, 05 Jan 2026");
        assert_eq!(
            "garbage".parse::<Timestamp>().unwrap_err().to_string(),
            r#"parsing time "garbage" as "2006-01-02T15:04:05Z07:00": cannot parse "garbage" as "2006""#
        );
        assert_eq!(
            "2026-01-05 09:00:05Z".parse::<Timestamp>().unwrap_err().to_string(),
            r#"parsing time "2026-01-05 09:00:05Z" as "2006-01-02T15:04:05Z07:00": cannot parse " 09:00:05Z" as "T""#
        );
        assert_eq!("2026-02-30T00:00:00Z".parse::<Timestamp>().unwrap_err().to_string(), r#"parsing time "2026-02-30T00:00:00Z": day out of range"#);
    }
}
