//! The Events section: `searchEvents` lists the events about one object with an
//! `involvedObject.*` field selector, and `DescribeEvents` prints them sorted by last timestamp
//! with HumanDuration ages (`2m (x5 over 4m)` for repeats).

use super::format::human_since;
use super::{gosort, ns_path, Client, Result, Writer};
use crate::api::core::Event;
use crate::api::metav1::ObjectMeta;

/// An object reference as `reference.GetReference` builds it for the search.
pub struct EventRef<'a> {
    /// Empty for pods (kubectl clears it so events about mirror pods match too).
    pub kind: &'a str,
    pub name: &'a str,
    pub namespace: &'a str,
    pub uid: &'a str,
}

/// `fields.EscapeValue`.
fn escape(v: &str) -> String {
    v.replace('\\', "\\\\").replace(',', "\\,").replace('=', "\\=")
}

/// `Events(ns).GetFieldSelector(name, namespace, kind, uid)`: keys sorted, kind and uid only when set.
pub fn field_selector(r: &EventRef) -> String {
    let mut parts = Vec::new();
    if !r.kind.is_empty() {
        parts.push(format!("involvedObject.kind={}", escape(r.kind)));
    }
    parts.push(format!("involvedObject.name={}", escape(r.name)));
    parts.push(format!("involvedObject.namespace={}", escape(r.namespace)));
    if !r.uid.is_empty() {
        parts.push(format!("involvedObject.uid={}", escape(r.uid)));
    }
    parts.join(",")
}

/// `searchEvents`: the events in the object's namespace (all namespaces for cluster objects).
pub fn search(c: &mut Client, r: &EventRef) -> Result<Vec<Event>> {
    let path = ns_path("/api/v1", r.namespace, "events");
    c.list_as(&path, "", &field_selector(r))
}

/// What a describer passes on: `None` with `--show-events=false`, else the (possibly empty) list.
/// Search errors are dropped, as most describers do (`events, _ = searchEvents(…)`).
pub fn maybe_search(c: &mut Client, r: &EventRef) -> Option<Vec<Event>> {
    if !c.settings.show_events {
        return None;
    }
    Some(search(c, r).unwrap_or_default())
}

/// The events about a typed object (`searchEvents(client, obj)`), or `None` without events.
pub fn for_object(c: &mut Client, kind: &str, meta: &ObjectMeta) -> Option<Vec<Event>> {
    let r = EventRef {
        kind,
        name: meta.name.as_deref().unwrap_or(""),
        namespace: meta.namespace.as_deref().unwrap_or(""),
        uid: meta.uid.as_deref().unwrap_or(""),
    };
    maybe_search(c, &r)
}

/// `if events != nil { DescribeEvents(events, w) }`.
pub fn section(w: &mut Writer, events: &Option<Vec<Event>>, now_ms: i64) {
    if let Some(events) = events {
        describe_events(w, events, now_ms);
    }
}

/// `DescribeEvents`.
pub fn describe_events(w: &mut Writer, events: &[Event], now_ms: i64) {
    if events.is_empty() {
        w.write(0, "Events:\t<none>\n");
        return;
    }
    let mut sorted: Vec<&Event> = events.iter().collect();
    let last = |e: &Event| e.last_timestamp.as_ref().map(|t| t.0.as_nanosecond()).unwrap_or(i128::MIN);
    gosort::sort(&mut sorted, |a, b| last(a) < last(b));
    w.write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
    w.write(1, "----\t------\t----\t----\t-------\n");
    for e in sorted {
        let first = match &e.event_time {
            Some(t) => human_since(now_ms, Some(&t.0)),
            None => human_since(now_ms, e.first_timestamp.as_ref().map(|t| &t.0)),
        };
        let count = e.count.unwrap_or(0);
        let interval = if let Some(series) = &e.series {
            let observed = human_since(now_ms, series.last_observed_time.as_ref().map(|t| &t.0));
            format!("{} (x{} over {})", observed, series.count.unwrap_or(0), first)
        } else if count > 1 {
            format!("{} (x{} over {})", human_since(now_ms, e.last_timestamp.as_ref().map(|t| &t.0)), count, first)
        } else {
            first
        };
        let source = e
            .source
            .as_ref()
            .and_then(|s| s.component.clone())
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| e.reporting_component.clone().unwrap_or_default());
        w.write(
            1,
            &format!(
                "{}\t{}\t{}\t{}\t{}\n",
                e.type_.as_deref().unwrap_or(""),
                e.reason.as_deref().unwrap_or(""),
                interval,
                source,
                e.message.as_deref().unwrap_or("").trim()
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selector_like_client_go() {
        let r = EventRef { kind: "", name: "nginx", namespace: "default", uid: "u-1" };
        assert_eq!(field_selector(&r), "involvedObject.name=nginx,involvedObject.namespace=default,involvedObject.uid=u-1");
        let r = EventRef { kind: "Node", name: "node01", namespace: "", uid: "node01" };
        assert_eq!(field_selector(&r), "involvedObject.kind=Node,involvedObject.name=node01,involvedObject.namespace=,involvedObject.uid=node01");
    }

    #[test]
    fn repeats_show_count_and_span() {
        let ev: Event = serde_json::from_value(crate::json!({
            "metadata": {"name": "x.1", "namespace": "default"},
            "involvedObject": {"kind": "Pod", "name": "x"},
            "type": "Warning", "reason": "BackOff", "message": "Back-off restarting failed container\n",
            "source": {"component": "kubelet"},
            "firstTimestamp": "2026-01-05T09:00:00Z", "lastTimestamp": "2026-01-05T09:03:00Z", "count": 5
        }))
        .unwrap();
        let now = "2026-01-05T09:04:00Z".parse::<k8s_openapi::jiff::Timestamp>().unwrap().as_millisecond();
        let text = super::super::tabbed(|w| describe_events(w, &[ev], now));
        assert_eq!(
            text,
            "Events:\n  Type     Reason   Age               From     Message\n  ----     ------   ----              ----     -------\n  Warning  BackOff  60s (x5 over 4m)  kubelet  Back-off restarting failed container\n"
        );
        assert_eq!(super::super::tabbed(|w| describe_events(w, &[], now)), "Events:  <none>\n");
    }
}
