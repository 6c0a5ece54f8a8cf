//! Scheduling and scaling policy describers: HorizontalPodAutoscaler (autoscaling/v2),
//! PodDisruptionBudget and PriorityClass.

use super::events::{for_object, section};
use super::format::{format_label_selector, format_labels, int_or_string, time_or_zero};
use super::{annotations_multiline, labels_multiline, tabbed, Client, Result, Writer};
use crate::api::autoscaling::{HPAScalingRules, HorizontalPodAutoscaler, MetricStatus};
use crate::api::policy::PodDisruptionBudget;
use crate::api::scheduling::PriorityClass;
use crate::kubectl::builder::Target;

fn q(v: Option<&k8s_openapi::apimachinery::pkg::api::resource::Quantity>) -> String {
    v.map(|q| q.0.clone()).unwrap_or_else(|| "0".into())
}

/// One `Metrics:` row of an autoscaling/v2 HPA.
fn metric_row(w: &mut Writer, m: &crate::api::autoscaling::MetricSpec, current: Option<&MetricStatus>) {
    let unknown = || "<unknown>".to_string();
    match m.type_.as_str() {
        "External" => {
            let Some(e) = &m.external else { return };
            let cur = current.and_then(|c| c.external.as_ref()).map(|s| &s.current);
            if let Some(avg) = &e.target.average_value {
                let c = cur.and_then(|c| c.average_value.as_ref()).map(|v| v.0.clone()).unwrap_or_else(unknown);
                w.fmt(1, format_args!("{:?} (target average value):\t{} / {}\n", e.metric.name, c, avg.0));
            } else {
                let c = cur.map(|c| q(c.value.as_ref())).unwrap_or_else(unknown);
                w.fmt(1, format_args!("{:?} (target value):\t{} / {}\n", e.metric.name, c, q(e.target.value.as_ref())));
            }
        }
        "Pods" => {
            let Some(p) = &m.pods else { return };
            let c = current.and_then(|c| c.pods.as_ref()).map(|s| q(s.current.average_value.as_ref())).unwrap_or_else(unknown);
            w.fmt(1, format_args!("{:?} on pods:\t{} / {}\n", p.metric.name, c, q(p.target.average_value.as_ref())));
        }
        "Object" => {
            let Some(o) = &m.object else { return };
            w.fmt(1, format_args!("\"{}\" on {}/{} ", o.metric.name, o.described_object.kind, o.described_object.name));
            let cur = current.and_then(|c| c.object.as_ref()).map(|s| &s.current);
            if o.target.type_ == "AverageValue" {
                let c = cur.map(|c| q(c.average_value.as_ref())).unwrap_or_else(unknown);
                w.fmt(0, format_args!("(target average value):\t{} / {}\n", c, q(o.target.average_value.as_ref())));
            } else {
                let c = cur.map(|c| q(c.value.as_ref())).unwrap_or_else(unknown);
                w.fmt(0, format_args!("(target value):\t{} / {}\n", c, q(o.target.value.as_ref())));
            }
        }
        "Resource" | "ContainerResource" => {
            let (name, target, cur) = match (&m.resource, &m.container_resource) {
                (Some(r), _) if m.type_ == "Resource" => {
                    w.fmt(1, format_args!("resource {} on pods", r.name));
                    (r.name.clone(), &r.target, current.and_then(|c| c.resource.as_ref()).map(|s| s.current.clone()))
                }
                (_, Some(r)) => {
                    w.fmt(1, format_args!("resource {} of container \"{}\" on pods", r.name, r.container));
                    (r.name.clone(), &r.target, current.and_then(|c| c.container_resource.as_ref()).map(|s| s.current.clone()))
                }
                _ => return,
            };
            let _ = name;
            if let Some(avg) = &target.average_value {
                let c = cur.map(|c| q(c.average_value.as_ref())).unwrap_or_else(unknown);
                w.fmt(0, format_args!(":\t{} / {}\n", c, avg.0));
            } else {
                let c = cur
                    .and_then(|c| c.average_utilization.map(|u| format!("{}% ({})", u, q(c.average_value.as_ref()))))
                    .unwrap_or_else(unknown);
                let t = target.average_utilization.map(|u| format!("{}%", u)).unwrap_or_else(|| "<auto>".into());
                w.fmt(1, format_args!("(as a percentage of request):\t{} / {}\n", c, t));
            }
        }
        other => w.fmt(1, format_args!("<unknown metric type {:?}>\n", other)),
    }
}

fn direction(w: &mut Writer, title: &str, rules: Option<&HPAScalingRules>) {
    let Some(r) = rules else { return };
    w.fmt(1, format_args!("{}:\n", title));
    if let Some(s) = r.stabilization_window_seconds {
        w.fmt(2, format_args!("Stabilization Window: {} seconds\n", s));
    }
    if let Some(policies) = r.policies.as_ref().filter(|p| !p.is_empty()) {
        w.fmt(2, format_args!("Select Policy: {}\n", r.select_policy.clone().unwrap_or_else(|| "Max".into())));
        w.write(2, "Policies:\n");
        for p in policies {
            w.fmt(3, format_args!("- Type: {}\tValue: {}\tPeriod: {} seconds\n", p.type_, p.value, p.period_seconds));
        }
    }
}

/// `describeHorizontalPodAutoscalerV2`.
pub fn horizontal_pod_autoscaler(c: &mut Client, t: &Target) -> Result<String> {
    let path = format!("/apis/autoscaling/v2/namespaces/{}/horizontalpodautoscalers/{}", t.namespace, t.name);
    let hpa: HorizontalPodAutoscaler = c.get_as(&path)?;
    let events = for_object(c, "HorizontalPodAutoscaler", &hpa.metadata);
    let now = c.now_ms;
    let spec = hpa.spec.clone().unwrap_or_default();
    let status = hpa.status.clone().unwrap_or_default();
    Ok(tabbed(|w| {
        let m = &hpa.metadata;
        w.fmt(0, format_args!("Name:\t{}\n", m.name.as_deref().unwrap_or("")));
        w.fmt(0, format_args!("Namespace:\t{}\n", m.namespace.as_deref().unwrap_or("")));
        labels_multiline(w, "Labels", m.labels.as_ref());
        annotations_multiline(w, "Annotations", m.annotations.as_ref());
        w.fmt(0, format_args!("CreationTimestamp:\t{}\n", time_or_zero(m.creation_timestamp.as_ref())));
        w.fmt(0, format_args!("Reference:\t{}/{}\n", spec.scale_target_ref.kind, spec.scale_target_ref.name));
        w.write(0, "Metrics:\t( current / target )\n");
        let current = status.current_metrics.clone().unwrap_or_default();
        for (i, metric) in spec.metrics.iter().flatten().enumerate() {
            metric_row(w, metric, current.get(i));
        }
        let min = spec.min_replicas.map(|m| m.to_string()).unwrap_or_else(|| "<unset>".into());
        w.fmt(0, format_args!("Min replicas:\t{}\n", min));
        w.fmt(0, format_args!("Max replicas:\t{}\n", spec.max_replicas));
        if let Some(b) = &spec.behavior {
            w.write(0, "Behavior:\n");
            direction(w, "Scale Up", b.scale_up.as_ref());
            direction(w, "Scale Down", b.scale_down.as_ref());
        }
        w.fmt(0, format_args!("{} pods:\t", spec.scale_target_ref.kind));
        w.fmt(0, format_args!("{} current / {} desired\n", status.current_replicas.unwrap_or(0), status.desired_replicas));
        let conditions = status.conditions.clone().unwrap_or_default();
        if !conditions.is_empty() {
            w.write(0, "Conditions:\n");
            w.write(1, "Type\tStatus\tReason\tMessage\n");
            w.write(1, "----\t------\t------\t-------\n");
            for cnd in &conditions {
                w.fmt(1, format_args!("{}\t{}\t{}\t{}\n", cnd.type_, cnd.status, cnd.reason.as_deref().unwrap_or(""), cnd.message.as_deref().unwrap_or("")));
            }
        }
        section(w, &events, now);
    }))
}

/// `describePodDisruptionBudgetV1`.
pub fn pod_disruption_budget(c: &mut Client, t: &Target) -> Result<String> {
    let pdb: PodDisruptionBudget = c.get_as(&t.path())?;
    let events = for_object(c, "PodDisruptionBudget", &pdb.metadata);
    let now = c.now_ms;
    let spec = pdb.spec.clone().unwrap_or_default();
    let status = pdb.status.clone().unwrap_or_default();
    Ok(tabbed(|w| {
        let m = &pdb.metadata;
        w.fmt(0, format_args!("Name:\t{}\n", m.name.as_deref().unwrap_or("")));
        w.fmt(0, format_args!("Namespace:\t{}\n", m.namespace.as_deref().unwrap_or("")));
        if let Some(min) = &spec.min_available {
            w.fmt(0, format_args!("Min available:\t{}\n", int_or_string(min)));
        } else if let Some(max) = &spec.max_unavailable {
            w.fmt(0, format_args!("Max unavailable:\t{}\n", int_or_string(max)));
        }
        match &spec.selector {
            Some(s) => w.fmt(0, format_args!("Selector:\t{}\n", format_label_selector(Some(s)))),
            None => w.write(0, "Selector:\t<unset>\n"),
        }
        w.write(0, "Status:\n");
        w.fmt(2, format_args!("Allowed disruptions:\t{}\n", status.disruptions_allowed));
        w.fmt(2, format_args!("Current:\t{}\n", status.current_healthy));
        w.fmt(2, format_args!("Desired:\t{}\n", status.desired_healthy));
        w.fmt(2, format_args!("Total:\t{}\n", status.expected_pods));
        section(w, &events, now);
    }))
}

/// `describePriorityClass`.
pub fn priority_class(c: &mut Client, t: &Target) -> Result<String> {
    let pc: PriorityClass = c.get_as(&t.path())?;
    let events = for_object(c, "PriorityClass", &pc.metadata);
    let now = c.now_ms;
    Ok(tabbed(|w| {
        w.fmt(0, format_args!("Name:\t{}\n", pc.metadata.name.as_deref().unwrap_or("")));
        w.fmt(0, format_args!("Value:\t{}\n", pc.value));
        w.fmt(0, format_args!("GlobalDefault:\t{}\n", pc.global_default.unwrap_or(false)));
        w.fmt(0, format_args!("PreemptionPolicy:\t{}\n", pc.preemption_policy.clone().unwrap_or_else(|| "PreemptLowerPriority".into())));
        w.fmt(0, format_args!("Description:\t{}\n", pc.description.clone().unwrap_or_default()));
        w.fmt(0, format_args!("Annotations:\t{}\n", format_labels(pc.metadata.annotations.as_ref())));
        section(w, &events, now);
    }))
}
