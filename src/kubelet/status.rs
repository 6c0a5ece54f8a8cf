//! The kubelet's status manager view: a pod's `status` built from its worker (phase by
//! `getPhase`, the five pod conditions in upstream's order, container statuses).

use super::worker::{CState, PodWorker};
use crate::api::core::{
    ContainerState, ContainerStateRunning, ContainerStateTerminated, ContainerStateWaiting, ContainerStatus, HostIP, PodCondition,
    PodIP, PodStatus, VolumeMountStatus,
};
use crate::api::meta::Epoch;
use crate::sim::clock::SimTime;

fn phase(w: &PodWorker) -> &'static str {
    let codes: Vec<i32> = w
        .containers
        .iter()
        .filter_map(|c| match &c.state {
            CState::Terminated(t) => Some(t.exit_code),
            _ => None,
        })
        .collect();
    if w.evicted.is_some() {
        return "Failed";
    }
    if w.finished {
        return if codes.iter().all(|c| *c == 0) { "Succeeded" } else { "Failed" };
    }
    let policy = w.pod().spec.as_ref().and_then(|s| s.restart_policy.as_deref()).unwrap_or("Always");
    let (mut running, mut waiting, mut stopped) = (0, 0, 0);
    for c in &w.containers {
        match &c.state {
            CState::Running { .. } | CState::Stopping { .. } => running += 1,
            CState::Terminated(_) => stopped += 1,
            _ if c.last_term.is_some() => stopped += 1,
            _ => waiting += 1,
        }
    }
    if waiting > 0 {
        "Pending"
    } else if running > 0 {
        "Running"
    } else if stopped > 0 {
        let all_ok = w.containers.iter().all(|c| matches!(&c.state, CState::Terminated(t) if t.exit_code == 0));
        let finished = w.containers.iter().all(|c| matches!(&c.state, CState::Terminated(_)));
        match policy {
            "Always" => "Running",
            "OnFailure" if all_ok => "Succeeded",
            "OnFailure" => "Running",
            _ if finished && all_ok => "Succeeded",
            _ if finished => "Failed",
            _ => "Running",
        }
    } else {
        "Pending"
    }
}

fn terminated(t: &super::worker::Term, epoch: Epoch, id: Option<&String>) -> ContainerStateTerminated {
    ContainerStateTerminated {
        exit_code: t.exit_code,
        reason: Some(t.reason.clone()),
        started_at: Some(epoch.time(t.started_at)),
        finished_at: Some(epoch.time(t.finished_at)),
        container_id: id.map(|i| format!("containerd://{}", i)),
        message: None,
        signal: None,
    }
}

pub fn build(w: &PodWorker, existing: &PodStatus, node_ip: &str, epoch: Epoch, now: SimTime) -> PodStatus {
    let phase = phase(w);
    let unready: Vec<String> = w.containers.iter().filter(|c| !c.is_ready()).map(|c| c.spec.name.clone()).collect();
    let mut conditions = Vec::new();
    let cond = |t: &'static str, reason: Option<String>, message: Option<String>| {
        let (ok, since) = w.condition(t).unwrap_or((false, w.admitted_at));
        PodCondition {
            type_: t.to_string(),
            status: if ok { "True".into() } else { "False".into() },
            last_transition_time: Some(epoch.time(since)),
            reason: if ok { None } else { reason },
            message: if ok { None } else { message },
            last_probe_time: None,
            observed_generation: w.pod().metadata.generation,
        }
    };
    let (reason, message) = if w.finished || phase == "Succeeded" || phase == "Failed" {
        (Some("PodCompleted".to_string()), None)
    } else {
        (Some("ContainersNotReady".to_string()), Some(format!("containers with unready status: [{}]", unready.join(" "))))
    };
    conditions.push(cond("PodReadyToStartContainers", None, None));
    conditions.push(cond("Initialized", None, None));
    conditions.push(cond("Ready", reason.clone(), message.clone()));
    conditions.push(cond("ContainersReady", reason, message));
    if let Some(scheduled) = existing.conditions.iter().flatten().find(|c| c.type_ == "PodScheduled") {
        conditions.push(scheduled.clone());
    }
    if let Some(msg) = &w.evicted {
        let since = existing.conditions.iter().flatten().find(|c| c.type_ == "DisruptionTarget").and_then(|c| c.last_transition_time.clone());
        conditions.insert(0, PodCondition {
            type_: "DisruptionTarget".into(),
            status: "True".into(),
            reason: Some("TerminationByKubelet".into()),
            message: Some(msg.clone()),
            last_transition_time: since.or_else(|| Some(epoch.time(now))),
            last_probe_time: None,
            observed_generation: w.pod().metadata.generation,
        });
    }
    let statuses = w
        .containers
        .iter()
        .map(|c| {
            let running = matches!(c.state, CState::Running { .. });
            let state = match &c.state {
                CState::Running { started_at, .. } | CState::Stopping { started_at, .. } => ContainerState {
                    running: Some(ContainerStateRunning { started_at: Some(epoch.time(*started_at)) }),
                    ..Default::default()
                },
                CState::Terminated(t) => ContainerState { terminated: Some(Box::new(terminated(t, epoch, c.container_id.as_ref()))), ..Default::default() },
                CState::Waiting { reason, message, .. } => ContainerState {
                    waiting: Some(ContainerStateWaiting { reason: Some(reason.clone()), message: message.clone() }),
                    ..Default::default()
                },
                CState::Pulling { .. } | CState::Starting { .. } if c.display.is_empty() => match &c.last_term {
                    Some(t) => ContainerState { terminated: Some(Box::new(terminated(t, epoch, c.container_id.as_ref()))), ..Default::default() },
                    None => ContainerState::default(),
                },
                CState::Pulling { .. } | CState::Starting { .. } => ContainerState {
                    waiting: Some(ContainerStateWaiting { reason: Some(c.display.clone()), message: c.display_message.clone() }),
                    ..Default::default()
                },
            };
            let image_full = c.image.as_ref().map(|r| r.full()).unwrap_or_else(|_| c.spec.image.clone().unwrap_or_default());
            let image_id = match (&c.container_id, c.image.as_ref().ok().and_then(super::images::lookup)) {
                (Some(_), Some(info)) => format!("{}@{}", info.repository, info.digest),
                _ => String::new(),
            };
            let mounts = c.spec.volume_mounts.as_ref().map(|ms| {
                ms.iter()
                    .map(|m| VolumeMountStatus {
                        mount_path: m.mount_path.clone(),
                        name: m.name.clone(),
                        read_only: m.read_only,
                        recursive_read_only: m.read_only.filter(|r| *r).map(|_| "Disabled".to_string()),
                    })
                    .collect()
            });
            ContainerStatus {
                name: c.spec.name.clone(),
                image: image_full,
                image_id,
                container_id: c.container_id.as_ref().filter(|_| !matches!(c.state, CState::Waiting { .. } | CState::Pulling { .. } | CState::Starting { .. }) || c.last_term.is_some()).map(|i| format!("containerd://{}", i)),
                ready: c.is_ready(),
                restart_count: c.restart_count,
                started: Some(running && c.probes.as_ref().is_none_or(|p| p.started)),
                state: Some(state),
                last_state: Some(match &c.last_term {
                    // A restart in progress shows the instance that exited as the state.
                    Some(_) if c.display.is_empty() && matches!(c.state, CState::Pulling { .. } | CState::Starting { .. }) => ContainerState::default(),
                    Some(t) => ContainerState { terminated: Some(Box::new(terminated(t, epoch, c.container_id.as_ref()))), ..Default::default() },
                    None => ContainerState::default(),
                }),
                volume_mounts: mounts,
                ..Default::default()
            }
        })
        .collect();
    let pod_ip = w.pod_ip().map(str::to_string);
    PodStatus {
        phase: Some(phase.to_string()),
        conditions: Some(conditions),
        host_ip: Some(node_ip.to_string()),
        host_ips: Some(vec![HostIP { ip: node_ip.to_string() }]),
        pod_ip: pod_ip.clone(),
        pod_ips: pod_ip.map(|ip| vec![PodIP { ip }]),
        start_time: Some(epoch.time(w.admitted_at)),
        container_statuses: Some(statuses),
        qos_class: existing.qos_class.clone(),
        reason: w.evicted.as_ref().map(|_| "Evicted".to_string()),
        message: w.evicted.clone(),
        observed_generation: w.pod().metadata.generation,
        ..Default::default()
    }
}
