//! `kubectl autoscale TYPE NAME --max=N [--min=N] [--cpu-percent=N]`: an autoscaling/v2
//! HorizontalPodAutoscaler for a Deployment, ReplicaSet, StatefulSet or ReplicationController,
//! built as upstream's `createHorizontalPodAutoscalerV2` builds it (no metric when no CPU target
//! is given: the apiserver's default of 80 % CPU applies).

use super::builder;
use super::errors::plain;
use super::flags::{flag, Kind as F};
use super::scale::int_flag;
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::json;

const FLAGS: &[super::flags::Flag] = &[
    flag("min", None, F::Value),
    flag("max", None, F::Value),
    flag("cpu-percent", None, F::Value),
    flag("name", None, F::Value),
    flag("dry-run", None, F::Value),
    flag("output", Some('o'), F::Value),
    flag("filename", Some('f'), F::Values),
    flag("save-config", None, F::Bool),
    flag("field-manager", None, F::Value),
];

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let Some(p) = parse_flags("autoscale", &inv.args, FLAGS, out) else { return };
    let Ok(min) = int_flag(&p, "min", "autoscale", out) else { return };
    let Ok(max) = int_flag(&p, "max", "autoscale", out) else { return };
    let Ok(cpu) = int_flag(&p, "cpu-percent", "autoscale", out) else { return };
    let (min, max, cpu) = (min.unwrap_or(-1), max.unwrap_or(-1), cpu.unwrap_or(-1));
    let dry = p.value("dry-run").unwrap_or("none");
    if !matches!(dry, "none" | "client" | "server") {
        return out.fail(format!("error: Invalid dry-run value ({}). Must be \"none\", \"server\", or \"client\".\n", dry));
    }
    if max < 1 {
        return out.fail(plain(&format!("--max=MAXPODS is required and must be at least 1, max: {}", max)));
    }
    if max < min {
        return out.fail(plain(&format!("--max=MAXPODS must be larger or equal to --min=MINPODS, max: {}, min: {}", max, min)));
    }
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    let targets = match builder::selected_targets(kubectl, &mut inv, &p.positionals, &ns, None, false) {
        Ok(t) => t,
        Err(e) => return out.fail(e),
    };
    if targets.is_empty() {
        return out.fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n");
    }
    for t in &targets {
        if let Err(e) = builder::fetch(&mut inv, t) {
            return out.fail(e.render());
        }
        let r = &t.resource;
        if !matches!((r.group.as_str(), r.kind.as_str()), ("", "ReplicationController") | ("apps", "Deployment" | "ReplicaSet" | "StatefulSet")) {
            let gk = if r.group.is_empty() { r.kind.clone() } else { format!("{}.{}", r.kind, r.group) };
            return out.fail(plain(&format!("cannot autoscale a {}", gk)));
        }
        let name = p.value("name").filter(|n| !n.is_empty()).unwrap_or(&t.name).to_string();
        let mut spec = json!({"scaleTargetRef": {"apiVersion": r.api_version(), "kind": r.kind, "name": t.name}, "maxReplicas": max});
        if min > 0 {
            spec["minReplicas"] = serde_json::Value::from(min);
        }
        if cpu >= 0 {
            spec["metrics"] = json!([{"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": cpu}}}]);
        }
        let hpa = json!({"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": name}, "spec": spec});
        let path = format!("/apis/autoscaling/v2/namespaces/{}/horizontalpodautoscalers", ns);
        if !builder::create_generated(&mut inv, out, &p, &path, hpa, "kubectl-autoscale", &format!("horizontalpodautoscaler.autoscaling/{}", name), "autoscaled") {
            return;
        }
    }
}
