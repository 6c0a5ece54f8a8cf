//! Cron schedules as the CronJob controller reads them (`robfig/cron/v3` `ParseStandard`): five
//! fields (minute hour day-of-month month day-of-week) with `*`, `?`, ranges, steps, lists and
//! month/day names, or a descriptor (`@hourly`, `@every 90s`, …). `next` finds the first
//! activation strictly after an instant, in seconds since the Unix epoch, in UTC or a fixed offset.

use super::timefmt::{civil_from_days, days_from_civil};

/// Bit 63 marks a field written as `*` or `?` (day-of-month / day-of-week matching uses it).
const STAR: u64 = 1 << 63;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Schedule {
    Spec { minute: u64, hour: u64, dom: u64, month: u64, dow: u64 },
    Every(u64),
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAYS: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

fn number(s: &str, names: &[&str], base: u32) -> Result<u32, String> {
    if let Some(i) = names.iter().position(|n| n.eq_ignore_ascii_case(s)) {
        return Ok(i as u32 + base);
    }
    s.parse::<u32>().map_err(|_| format!("failed to parse int from {}: strconv.Atoi: parsing \"{}\": invalid syntax", s, s))
}

/// One comma-separated part of a field: `*`, `a`, `a-b`, with an optional `/step`.
fn range(expr: &str, min: u32, max: u32, names: &[&str]) -> Result<u64, String> {
    let (body, step) = match expr.split('/').collect::<Vec<_>>()[..] {
        [b] => (b, None),
        [b, s] => (b, Some(s)),
        _ => return Err(format!("too many slashes: {}", expr)),
    };
    let mut extra = 0;
    let (start, mut end) = if body == "*" || body == "?" {
        extra = STAR;
        (min, max)
    } else {
        match body.split('-').collect::<Vec<_>>()[..] {
            [a] => {
                let a = number(a, names, min)?;
                (a, if step.is_some() { max } else { a })
            }
            [a, b] => (number(a, names, min)?, number(b, names, min)?),
            _ => return Err(format!("too many hyphens: {}", expr)),
        }
    };
    let step = match step {
        Some(s) => {
            let n = number(s, &[], 0)?;
            if n == 0 {
                return Err(format!("step of range should be a positive number: {}", expr));
            }
            if n > 1 {
                extra = 0;
            }
            n
        }
        None => 1,
    };
    if start < min {
        return Err(format!("beginning of range ({}) below minimum ({}): {}", start, min, expr));
    }
    if end > max {
        return Err(format!("end of range ({}) above maximum ({}): {}", end, max, expr));
    }
    if start > end {
        return Err(format!("beginning of range ({}) beyond end of range ({}): {}", start, end, expr));
    }
    let mut bits = extra;
    end = end.min(63);
    let mut i = start;
    while i <= end {
        bits |= 1 << i;
        i += step;
    }
    Ok(bits)
}

fn field(f: &str, min: u32, max: u32, names: &[&str]) -> Result<u64, String> {
    f.split(',').try_fold(0, |acc, part| Ok(acc | range(part, min, max, names)?))
}

pub fn parse(spec: &str) -> Result<Schedule, String> {
    let s = spec.trim();
    if s.is_empty() {
        return Err("empty spec string".into());
    }
    if let Some(d) = s.strip_prefix('@') {
        let fields = match d {
            "yearly" | "annually" => "0 0 1 1 *",
            "monthly" => "0 0 1 * *",
            "weekly" => "0 0 * * 0",
            "daily" | "midnight" => "0 0 * * *",
            "hourly" => "0 * * * *",
            _ => {
                let Some(every) = d.strip_prefix("every ") else { return Err(format!("unrecognized descriptor: {}", s)) };
                let dur = crate::sim::clock::parse_duration(every).map_err(|e| format!("failed to parse duration {}: {}", s, e))?;
                return Ok(Schedule::Every(dur.as_secs().max(1)));
            }
        };
        return parse(fields);
    }
    let f: Vec<&str> = s.split_whitespace().collect();
    if f.len() != 5 {
        return Err(format!("expected exactly 5 fields, found {}: [{}]", f.len(), f.join(" ")));
    }
    Ok(Schedule::Spec {
        minute: field(f[0], 0, 59, &[])?,
        hour: field(f[1], 0, 23, &[])?,
        dom: field(f[2], 1, 31, &[])?,
        month: field(f[3], 1, 12, &MONTHS)?,
        dow: field(f[4], 0, 6, &DAYS)?,
    })
}

impl Schedule {
    /// The first activation strictly after `after` (Unix seconds), for a zone `offset` seconds
    /// east of UTC; None if there is none within five years.
    pub fn next(&self, after: i64, offset: i64) -> Option<i64> {
        let (minute, hour, dom, month, dow) = match *self {
            Schedule::Every(secs) => return Some(after - after.rem_euclid(1) + secs as i64),
            Schedule::Spec { minute, hour, dom, month, dow } => (minute, hour, dom, month, dow),
        };
        let has = |bits: u64, v: u32| bits & (1 << v) != 0;
        // Local wall-clock minutes, starting at the next whole minute.
        let mut t = (after + offset).div_euclid(60) + 1;
        let limit = t + 5 * 366 * 1440;
        while t < limit {
            let days = t.div_euclid(1440);
            let (y, m, d) = civil_from_days(days);
            if !has(month, m) {
                let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                t = days_from_civil(ny, nm, 1) * 1440;
                continue;
            }
            let wd = (days + 4).rem_euclid(7) as u32;
            let day_ok = if dom & STAR != 0 || dow & STAR != 0 { has(dom, d) && has(dow, wd) } else { has(dom, d) || has(dow, wd) };
            if !day_ok {
                t = (days + 1) * 1440;
                continue;
            }
            let mins = t.rem_euclid(1440) as u32;
            if !has(hour, mins / 60) {
                t = days * 1440 + (mins as i64 / 60 + 1) * 60;
                continue;
            }
            if !has(minute, mins % 60) {
                t += 1;
                continue;
            }
            return Some(t * 60 - offset);
        }
        None
    }
}

/// The UTC offset, in seconds, of the zones a CronJob's `timeZone` can name without a time-zone
/// database: UTC and the fixed `Etc/GMT±N` zones (whose sign is inverted, as in tzdata).
pub fn fixed_offset(zone: Option<&str>) -> Option<i64> {
    match zone {
        None | Some("UTC") | Some("Etc/UTC") | Some("Etc/GMT") | Some("GMT") | Some("Etc/Universal") | Some("Etc/Zulu") => Some(0),
        Some(z) => {
            let n: i64 = z.strip_prefix("Etc/GMT")?.parse().ok()?;
            (-14..=12).contains(&n).then_some(-n * 3600)
        }
    }
}

/// RFC 3339 of a Unix instant in a zone `offset` seconds east of UTC (`Z` for UTC), as Go's
/// `time.Time.Format(time.RFC3339)` prints it.
pub fn rfc3339_in(unix: i64, offset: i64) -> String {
    let local = unix + offset;
    let (y, m, d) = civil_from_days(local.div_euclid(86_400));
    let r = local.rem_euclid(86_400);
    let zone = if offset == 0 { "Z".to_string() } else { format!("{}{:02}:{:02}", if offset < 0 { '-' } else { '+' }, offset.abs() / 3600, offset.abs() / 60 % 60) };
    format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}", y, m, d, r / 3600, r / 60 % 60, r % 60, zone)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i64, m: u32, d: u32, h: i64, mi: i64) -> i64 {
        days_from_civil(y, m, d) * 86_400 + h * 3600 + mi * 60
    }

    #[test]
    fn next_activations() {
        let s = parse("*/15 * * * *").unwrap();
        assert_eq!(s.next(at(2026, 1, 5, 9, 0), 0), Some(at(2026, 1, 5, 9, 15)));
        assert_eq!(s.next(at(2026, 1, 5, 9, 14) + 59, 0), Some(at(2026, 1, 5, 9, 15)));
        let s = parse("0 0 1 * *").unwrap();
        assert_eq!(s.next(at(2026, 1, 5, 9, 0), 0), Some(at(2026, 2, 1, 0, 0)));
        // Monday 5 January 2026; day-of-week 5 is Friday.
        let s = parse("30 8 * * fri").unwrap();
        assert_eq!(s.next(at(2026, 1, 5, 9, 0), 0), Some(at(2026, 1, 9, 8, 30)));
        // Day-of-month OR day-of-week when both are restricted.
        let s = parse("0 0 13 * 5").unwrap();
        assert_eq!(s.next(at(2026, 1, 5, 9, 0), 0), Some(at(2026, 1, 9, 0, 0)));
        let s = parse("@hourly").unwrap();
        assert_eq!(s.next(at(2026, 1, 5, 9, 0), 0), Some(at(2026, 1, 5, 10, 0)));
        let s = parse("0 9 * * *").unwrap();
        assert_eq!(s.next(at(2026, 1, 5, 0, 0), -5 * 3600), Some(at(2026, 1, 5, 14, 0)));
        assert_eq!(parse("0 0 30 2 *").unwrap().next(at(2026, 1, 5, 9, 0), 0), None);
        assert_eq!(rfc3339_in(at(2026, 1, 5, 14, 0), -5 * 3600), "2026-01-05T09:00:00-05:00");
        assert_eq!(rfc3339_in(at(2026, 1, 5, 14, 0), 0), "2026-01-05T14:00:00Z");
    }

    #[test]
    fn errors_match_robfig_cron() {
        assert_eq!(parse("* * *").unwrap_err(), "expected exactly 5 fields, found 3: [* * *]");
        assert_eq!(parse("61 * * * *").unwrap_err(), "end of range (61) above maximum (59): 61");
        assert_eq!(parse("@sometimes").unwrap_err(), "unrecognized descriptor: @sometimes");
        assert_eq!(parse("*/0 * * * *").unwrap_err(), "step of range should be a positive number: */0");
        assert!(parse("x * * * *").unwrap_err().starts_with("failed to parse int from x"));
        assert!(parse("0 0 * JAN-MAR MON-FRI").is_ok());
    }
}
