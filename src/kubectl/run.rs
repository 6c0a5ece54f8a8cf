//! `kubectl run NAME --image=IMAGE [--env=K=V] [--port=P] [--labels=…] [--restart=…] [--command]
//! -- [COMMAND] [ARGS…]`: one pod, built as kubectl's `BasicPod` generator builds it, sent as a
//! POST (upstream `pkg/cmd/run/run.go`).

use super::attach::{AttachFollow, RunAfter};
use super::flags::{flag, Kind as F};
use super::{parse_flags, Invocation, Kubectl, Output};
use serde_json::{Map, Value};
use crate::json;

const USAGE: &str = "See 'kubectl run -h' for help and examples";

/// `k=v,k2=v2` (kubectl's `ParseLabels`).
fn parse_pairs(spec: &str, what: &str) -> Result<Map<String, Value>, String> {
    let mut m = Map::new();
    for part in spec.split(',') {
        match part.split_once('=') {
            Some((k, v)) if !k.is_empty() => {
                m.insert(k.to_string(), Value::from(v));
            }
            _ => return Err(format!("invalid {} spec: {}", what, part)),
        }
    }
    Ok(m)
}

/// `--env K=V…`: a C identifier-like name (`IsEnvVarName`), then the value.
fn parse_envs(envs: &[String]) -> Result<Vec<Value>, String> {
    let mut out = Vec::new();
    for e in envs {
        let Some((k, v)) = e.split_once('=').filter(|(k, _)| !k.is_empty()) else {
            return Err(format!("invalid env: {}", e));
        };
        let ok = !k.starts_with(|c: char| c.is_ascii_digit()) && k.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'));
        if !ok {
            return Err(format!("invalid env: {}", e));
        }
        out.push(json!({"name": k, "value": v}));
    }
    Ok(out)
}

pub fn run(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let flags = [
        flag("image", None, F::Value),
        flag("image-pull-policy", None, F::Value),
        flag("port", None, F::Value),
        flag("env", None, F::Values),
        flag("labels", Some('l'), F::Value),
        flag("annotations", None, F::Values),
        flag("restart", None, F::Value),
        flag("command", None, F::Bool),
        flag("stdin", Some('i'), F::Bool),
        flag("tty", Some('t'), F::Bool),
        flag("attach", None, F::Bool),
        flag("rm", None, F::Bool),
        flag("expose", None, F::Bool),
        flag("privileged", None, F::Bool),
        flag("dry-run", None, F::Value),
        flag("output", Some('o'), F::Value),
        flag("save-config", None, F::Bool),
        flag("field-manager", None, F::Value),
        flag("quiet", Some('q'), F::Bool),
        flag("overrides", None, F::Value),
        flag("leave-stdin-open", None, F::Bool),
        flag("pod-running-timeout", None, F::Value),
    ];
    let Some(p) = parse_flags("run", &inv.args, &flags, out) else { return };
    // cobra checks required flags before the command runs.
    let Some(image) = p.value("image").map(str::to_string) else {
        return out.fail("error: required flag(s) \"image\" not set\n");
    };
    // Everything after NAME is the container's command line, before `--` or after it (run.go
    // takes `args[1:]`); a `--` right away leaves no NAME.
    let (name, args) = match p.positionals.as_slice() {
        [n, more @ ..] if p.dash != Some(0) => (n.clone(), more.to_vec()),
        _ => return out.fail(format!("error: NAME is required for run\n{}\n", USAGE)),
    };
    // The checks in the order run.go's `Run` makes them.
    if image.is_empty() {
        return out.fail("error: --image is required\n");
    }
    if crate::kubelet::images::parse_image(&image).is_err() {
        return out.fail(format!("error: Invalid image name {:?}: invalid reference format\n", image));
    }
    let (stdin, tty, remove_created) = (p.bool("stdin"), p.bool("tty"), p.bool("rm"));
    if tty && !stdin {
        return out.fail(format!("error: -i/--stdin is required for containers with -t/--tty=true\n{}\n", USAGE));
    }
    let port = p.value("port").filter(|v| !v.is_empty());
    if p.bool("expose") && port.is_none() {
        return out.fail(format!("error: --port must be set when exposing a service\n{}\n", USAGE));
    }
    let restart = match p.value("restart").unwrap_or("Always") {
        "" if stdin => "OnFailure".to_string(),
        "" => "Always".to_string(),
        r @ ("Always" | "OnFailure" | "Never") => r.to_string(),
        other => return out.fail(format!("error: invalid restart policy: {}\n{}\n", other, USAGE)),
    };
    // `-i` attaches unless `--attach=false` says otherwise.
    let attach = if p.has("attach") { p.bool("attach") } else { stdin };
    if remove_created && !attach {
        return out.fail(format!("error: --rm should only be used for attached containers\n{}\n", USAGE));
    }
    let dry = p.value("dry-run").unwrap_or("none").to_string();
    if attach && dry != "none" {
        return out.fail(format!("error: --dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)\n{}\n", USAGE));
    }
    match p.value("image-pull-policy").unwrap_or("") {
        "" | "Always" | "IfNotPresent" | "Never" => {}
        other => return out.fail(format!("error: invalid image pull policy: {}\n{}\n", other, USAGE)),
    }
    let timeout = match p.value("pod-running-timeout").map(crate::sim::clock::parse_duration) {
        None => std::time::Duration::from_secs(60),
        Some(Ok(d)) if !d.is_zero() => d,
        Some(Ok(_)) => return out.fail(format!("error: --pod-running-timeout must be higher than zero\n{}\n", USAGE)),
        Some(Err(e)) => return out.fail(format!("error: invalid argument {:?} for \"--pod-running-timeout\" flag: {}\n", p.value("pod-running-timeout").unwrap_or(""), e)),
    };
    if p.has("overrides") {
        return out.fail("error: kubeplay does not simulate \"kubectl run --overrides\" yet\n");
    }
    let port = match port.map(|v| v.parse::<i32>().map_err(|_| v)) {
        None => None,
        Some(Ok(n)) => Some(n),
        Some(Err(v)) => return out.fail(format!("error: strconv.Atoi: parsing {:?}: invalid syntax\n", v)),
    };
    let labels = match p.value("labels").filter(|l| !l.is_empty()) {
        Some(l) => match parse_pairs(l, "label") {
            Ok(m) => Value::Object(m),
            Err(e) => return out.fail(format!("error: {}\n", e)),
        },
        None => json!({"run": name}),
    };
    let mut annotations = Map::new();
    for a in p.values("annotations") {
        match parse_pairs(&a, "annotation") {
            Ok(m) => annotations.extend(m),
            Err(_) => return out.fail(format!("error: invalid annotations format: {}\n", a)),
        }
    }
    let env = match parse_envs(&p.values("env")) {
        Ok(e) => e,
        Err(e) => return out.fail(format!("error: {}\n", e)),
    };
    let mut c = json!({"name": name, "image": image, "resources": {}});
    if !args.is_empty() {
        c[if p.bool("command") { "command" } else { "args" }] = Value::from(args);
    }
    if !env.is_empty() {
        c["env"] = Value::from(env);
    }
    if let Some(pol) = p.value("image-pull-policy").filter(|v| !v.is_empty()) {
        c["imagePullPolicy"] = Value::from(pol);
    }
    if let Some(port) = port {
        c["ports"] = json!([{"containerPort": port}]);
    }
    if p.bool("privileged") {
        c["securityContext"] = json!({"privileged": true});
    }
    // `-i` keeps a pipe open to the container's stdin; it closes when the first attach ends
    // unless `--leave-stdin-open`.
    if stdin {
        c["stdin"] = Value::from(true);
        if !p.bool("leave-stdin-open") {
            c["stdinOnce"] = Value::from(true);
        }
    }
    if tty {
        c["tty"] = Value::from(true);
    }
    let mut meta = json!({"name": name, "labels": labels, "creationTimestamp": null});
    if !annotations.is_empty() {
        meta["annotations"] = Value::Object(annotations);
    }
    if let Some(ns) = p.value("namespace") {
        meta["namespace"] = Value::from(ns);
    }
    let pod = json!({
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": meta,
        "spec": {"containers": [c], "dnsPolicy": "ClusterFirst", "restartPolicy": restart},
        "status": {},
    });
    let ns = p.value("namespace").map(str::to_string).unwrap_or_else(|| kubectl.namespace.clone());
    // The pod is created first; with `--expose` the Service is created and printed next, and the
    // pod printed last (run.go's `generateService` prints as it creates).
    let mut pod_out = Output::default();
    let path = format!("/api/v1/namespaces/{}/pods", ns);
    let expose = port.filter(|_| p.bool("expose"));
    let Invocation { args: inv_args, stdin: inv_stdin, transport, files } = inv;
    let pod_inv = Invocation { args: inv_args.clone(), stdin: inv_stdin, transport: &mut *transport, files };
    super::create::post(kubectl, pod_inv, &mut pod_out, &p, &path, pod.clone(), "pod");
    if let Some(port) = expose.filter(|_| pod_out.exit_code == 0) {
        // The `service/v2` generator: the pod's labels select, the port is also the target.
        let mut meta = json!({"name": name, "creationTimestamp": null});
        if p.value("labels").is_some_and(|l| !l.is_empty()) {
            meta["labels"] = pod["metadata"]["labels"].clone();
        }
        let svc = json!({
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": meta,
            "spec": {"ports": [{"port": port, "protocol": "TCP", "targetPort": port}], "selector": pod["metadata"]["labels"].clone()},
            "status": {"loadBalancer": {}},
        });
        let svc_inv = Invocation { args: inv_args, stdin: inv_stdin, transport: &mut *transport, files };
        super::create::post(kubectl, svc_inv, out, &p, &format!("/api/v1/namespaces/{}/services", ns), svc, "service");
        if p.value("output").is_some_and(|o| o == "yaml") {
            out.out("---\n");
        }
    }
    if attach && pod_out.exit_code == 0 && out.exit_code == 0 {
        // Attached, kubectl prints no `pod/x created`; `--rm` deletes what was created.
        let mut remove = vec![(format!("{}/{}", path, name), format!("pod {:?}", name))];
        if expose.is_some() {
            remove.push((format!("/api/v1/namespaces/{}/services/{}", ns, name), format!("service {:?}", name)));
        }
        let run = RunAfter {
            remove: if remove_created { remove } else { Vec::new() },
            wait_exit: !p.bool("leave-stdin-open") && matches!(restart.as_str(), "Never" | "OnFailure"),
            timeout_ms: timeout.as_millis() as u64,
        };
        let mut pod = pod;
        pod["metadata"]["namespace"] = Value::from(ns);
        if let Some(f) = AttachFollow::start_run(&pod, stdin, tty, p.bool("quiet"), run, transport, kubectl.now_sim_ms, out) {
            out.wait.push(super::WaitFor::Follow(super::Follow::Kubectl(Box::new(super::Following::Attach(Box::new(f))))));
        }
        return;
    }
    out.chunks.extend(pod_out.chunks);
    out.exit_code = out.exit_code.max(pod_out.exit_code);
}
