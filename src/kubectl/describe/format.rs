//! How describe renders values: RFC1123Z times in the learner's zone (UTC), HumanDuration ages,
//! selectors as `labels.Selector.String()`, Go's `%v` of string slices, int-or-string values.

use crate::api::labels::Selector;
use crate::api::metav1::{LabelSelector, Time};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use k8s_openapi::jiff::Timestamp;

/// Go's zero `time.Time`, as `Format(time.RFC1123Z)` prints it.
const ZERO_TIME: &str = "Mon, 01 Jan 0001 00:00:00 +0000";

/// `t.Format(time.RFC1123Z)`, e.g. `Mon, 05 Jan 2026 09:00:05 +0000`.
pub fn rfc1123z(ts: &Timestamp) -> String {
    crate::api::timefmt::rfc1123z(ts)
}

/// A `metav1.Time` that may be unset (Go prints its zero time then).
pub fn time_or_zero(t: Option<&Time>) -> String {
    t.map(|t| rfc1123z(&t.0)).unwrap_or_else(|| ZERO_TIME.to_string())
}

/// `translateTimestampSince` against the learner's clock (Unix milliseconds).
pub fn human_since(now_ms: i64, ts: Option<&Timestamp>) -> String {
    match ts {
        None => "<unknown>".into(),
        Some(ts) => {
            let nanos = now_ms as i128 * 1_000_000 - ts.as_nanosecond();
            crate::sim::clock::human_duration_signed(nanos)
        }
    }
}

/// HumanDuration of the time between two timestamps (Job `Duration`).
pub fn human_between(from: &Timestamp, to: &Timestamp) -> String {
    crate::sim::clock::human_duration_signed(to.as_nanosecond() - from.as_nanosecond())
}

/// `metav1.LabelSelectorAsSelector(s).String()`: requirements sorted by key, "" for none.
pub fn selector_string(ls: Option<&LabelSelector>) -> Result<String, String> {
    let Some(ls) = ls else { return Ok(String::new()) };
    let mut sel = Selector::from_label_selector(ls)?;
    crate::api::order::sort_by(&mut sel.requirements, |a, b| a.key.cmp(&b.key));
    for r in &mut sel.requirements {
        crate::api::order::sort(&mut r.values);
    }
    Ok(sel.to_string())
}

/// `metav1.FormatLabelSelector`.
pub fn format_label_selector(ls: Option<&LabelSelector>) -> String {
    crate::api::labels::format_label_selector(ls)
}

/// `labels.FormatLabels`.
pub fn format_labels(m: Option<&std::collections::BTreeMap<String, String>>) -> String {
    crate::api::labels::format_labels(m)
}

/// Go's `%v` of a `[]string`: `[a b c]`.
pub fn go_list<S: AsRef<str>>(items: &[S]) -> String {
    format!("[{}]", items.iter().map(|s| s.as_ref()).collect::<Vec<_>>().join(" "))
}

/// `intstr.IntOrString.String()`.
pub fn int_or_string(v: &IntOrString) -> String {
    match v {
        IntOrString::Int(i) => i.to_string(),
        IntOrString::String(s) => s.clone(),
    }
}

/// Go's `%v` of a JSON value as kubectl decodes it into `interface{}` (the generic describer).
pub fn go_value(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "<nil>".into(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Bool(b) => b.to_string(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::Array(a) => format!("[{}]", a.iter().map(go_value).collect::<Vec<_>>().join(" ")),
        serde_json::Value::Object(m) => {
            let parts: Vec<String> = m.iter().map(|(k, v)| format!("{}:{}", k, go_value(v))).collect();
            format!("map[{}]", parts.join(" "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc1123z_and_ages() {
        let ts: Timestamp = "2026-01-05T09:00:05Z".parse().unwrap();
        assert_eq!(rfc1123z(&ts), "Mon, 05 Jan 2026 09:00:05 +0000");
        let now = ts.as_millisecond() + 190_000;
        assert_eq!(human_since(now, Some(&ts)), "3m10s");
        assert_eq!(human_since(now, None), "<unknown>");
        assert_eq!(human_since(ts.as_millisecond() - 5_000, Some(&ts)), "<invalid>");
        assert_eq!(time_or_zero(None), "Mon, 01 Jan 0001 00:00:00 +0000");
    }

    #[test]
    fn go_formats() {
        assert_eq!(go_list::<&str>(&[]), "[]");
        assert_eq!(go_list(&["get", "list"]), "[get list]");
        assert_eq!(int_or_string(&IntOrString::String("25%".into())), "25%");
        let ls: LabelSelector = serde_json::from_str(r#"{"matchLabels":{"b":"2","a":"1"}}"#).unwrap();
        assert_eq!(selector_string(Some(&ls)).unwrap(), "a=1,b=2");
        assert_eq!(selector_string(None).unwrap(), "");
        assert_eq!(format_label_selector(Some(&LabelSelector::default())), "<none>");
    }
}
