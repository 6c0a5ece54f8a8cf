//! The few fixed timestamp layouts kubectl and the controllers print, formatted directly from
//! seconds since the epoch (UTC), so the page needs no general strftime engine.

use k8s_openapi::jiff::Timestamp;

/// (year, month 1-12, day 1-31) of a day number since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The day number of a civil date (`days_from_civil`).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month 1-12, day 1-31, hour, minute, second, weekday 0=Sunday) of a UTC instant.
fn civil(ts: &Timestamp) -> (i64, u32, u32, u32, u32, u32, u32) {
    let secs = ts.as_second();
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400) as u32;
    let (y, m, d) = civil_from_days(days);
    let weekday = (days + 4).rem_euclid(7) as u32;
    (y, m, d, rem / 3600, rem / 60 % 60, rem % 60, weekday)
}

/// `2026-01-05T09:00:05Z` (RFC 3339, whole seconds).
pub fn rfc3339(ts: &Timestamp) -> String {
    let (y, mo, d, h, mi, s, _) = civil(ts);
    format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", y, mo, d, h, mi, s)
}

/// `Mon, 05 Jan 2026 09:00:05 +0000` (Go's RFC1123Z, as `kubectl describe` prints times).
pub fn rfc1123z(ts: &Timestamp) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let (y, mo, d, h, mi, s, wd) = civil(ts);
    format!("{}, {:02} {} {:04} {:02}:{:02}:{:02} +0000", DAYS[wd as usize], d, MONTHS[(mo - 1) as usize], y, h, mi, s)
}

/// `2026-01-05 09:00:05 +0000 UTC` (Go's `time.Time.String()` in UTC).
pub fn go_utc(ts: &Timestamp) -> String {
    let (y, mo, d, h, mi, s, _) = civil(ts);
    format!("{:04}-{:02}-{:02} {:02}:{:02}:{:02} +0000 UTC", y, mo, d, h, mi, s)
}

/// `0105 09:00:05` (klog's header).
pub fn klog(ts: &Timestamp) -> String {
    let (_, mo, d, h, mi, s, _) = civil(ts);
    format!("{:02}{:02} {:02}:{:02}:{:02}", mo, d, h, mi, s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_match_strftime() {
        for secs in [0i64, 951_782_400, 1_767_603_605, 4_102_444_799, -86_401] {
            let ts = Timestamp::from_second(secs).unwrap();
            assert_eq!(rfc3339(&ts), ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string());
            assert_eq!(rfc1123z(&ts), ts.strftime("%a, %d %b %Y %H:%M:%S +0000").to_string());
            assert_eq!(go_utc(&ts), ts.strftime("%Y-%m-%d %H:%M:%S +0000 UTC").to_string());
            assert_eq!(klog(&ts), ts.strftime("%m%d %H:%M:%S").to_string());
        }
    }
}

/// `time.Duration.String()` for whole milliseconds.
pub fn go_duration(ms: u64) -> String {
    if ms == 0 {
        return "0s".into();
    }
    if ms < 1000 {
        return format!("{}ms", ms);
    }
    let (h, m, s, frac) = (ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    let secs = if frac == 0 { format!("{}s", s) } else { format!("{}.{}s", s, format!("{:03}", frac).trim_end_matches('0')) };
    match (h, m) {
        (0, 0) => secs,
        (0, m) => format!("{}m{}", m, secs),
        (h, m) => format!("{}h{}m{}", h, m, secs),
    }
}
