//! The faults panel: break the cluster on purpose with one button — kill a pod, power a node off
//! or on, cut it off the network, stop its kubelet, fill its memory, take the image registry
//! down, stop an etcd member.
//! Each button runs the terminal command that does the same (the terminal shows it), so what
//! the panel does, a learner, a lesson and the native tests can do by typing.

use super::Shared;
use crate::sim::view::ClusterView;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, Clone)]
pub struct Props {
    pub play: Shared,
    pub view: Rc<ClusterView>,
    pub redraw: UseForceUpdateHandle,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.view == other.view
    }
}

#[component(Faults)]
pub fn faults(props: &Props) -> Html {
    let pod_ref = use_node_ref();
    let node_ref = use_node_ref();
    // A button: the command it runs, from the selected pod or node.
    let button = |id: &'static str, label: &'static str, title: &'static str, command: fn(&str) -> String, from: &NodeRef| {
        let play = props.play;
        let redraw = props.redraw.clone();
        let from = from.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let Some(target) = from.cast::<HtmlSelectElement>().map(|s| s.value()).filter(|v| !v.is_empty()) else { return };
            play.borrow_mut().action(&command(&target));
            super::save(&play.borrow());
            redraw.force_update();
        });
        html! { <button id={id} {onclick} title={title}>{ label }</button> }
    };
    let global = |id: &'static str, label: &'static str, title: &'static str, command: &'static str| {
        let play = props.play;
        let redraw = props.redraw.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            play.borrow_mut().action(command);
            super::save(&play.borrow());
            redraw.force_update();
        });
        html! { <button id={id} {onclick} title={title}>{ label }</button> }
    };
    let v = &props.view;
    let pods: Vec<(String, String)> = v.nodes.iter().flat_map(|n| n.pods.iter()).chain(v.pending.iter()).map(|p| (format!("{}/{}", p.namespace, p.name), p.name.clone())).collect();
    let control_planes: Vec<&str> = v.nodes.iter().filter(|n| n.roles.contains("control-plane")).map(|n| n.name.as_str()).collect();
    let etcd_start = {
        let play = props.play;
        let redraw = props.redraw.clone();
        let members: Vec<String> = control_planes.iter().map(|s| s.to_string()).collect();
        Callback::from(move |_: MouseEvent| {
            for m in &members {
                play.borrow_mut().action(&format!("kubeplay etcd start {}", m));
            }
            super::save(&play.borrow());
            redraw.force_update();
        })
    };
    html! {
        <section class="faults" id="faults">
            <div class="panel-head"><h2>{"Faults"}</h2></div>
            <div class="fault-row">
                <select id="fault-pod" ref={pod_ref.clone()} aria-label="pod">
                    { for pods.iter().map(|(key, name)| html! { <option value={key.clone()}>{ name }</option> }) }
                </select>
                { button("kill-pod", "Kill pod", "kubectl delete pod NAME --wait=false", |key| {
                    let (ns, name) = key.split_once('/').unwrap_or(("default", key));
                    format!("kubectl delete pod {} -n {} --wait=false", name, ns)
                }, &pod_ref) }
            </div>
            <div class="fault-row">
                <select id="fault-node" ref={node_ref.clone()} aria-label="node">
                    { for v.nodes.iter().map(|n| html! { <option value={n.name.clone()}>{ &n.name }</option> }) }
                </select>
                { button("node-stop", "Power off", "kubeplay node stop NODE: the machine stops; its kubelet stops reporting", |n| format!("kubeplay node stop {}", n), &node_ref) }
                { button("node-start", "Power on", "kubeplay node start NODE", |n| format!("kubeplay node start {}", n), &node_ref) }
                { button("partition", "Cut network", "kubeplay node partition NODE: the node runs on, cut off; nobody reaches it and it reaches nobody", |n| format!("kubeplay node partition {}", n), &node_ref) }
                { button("reconnect", "Reconnect", "kubeplay node reconnect NODE", |n| format!("kubeplay node reconnect {}", n), &node_ref) }
                { button("kubelet-stop", "Stop kubelet", "kubeplay kubelet stop NODE: its containers run on", |n| format!("kubeplay kubelet stop {}", n), &node_ref) }
                { button("kubelet-start", "Start kubelet", "kubeplay kubelet start NODE", |n| format!("kubeplay kubelet start {}", n), &node_ref) }
                { button("fill-memory", "Fill memory", "kubeplay node fill-memory NODE 3800Mi: a process outside Kubernetes takes the node's memory", |n| format!("kubeplay node fill-memory {} 3800Mi", n), &node_ref) }
                { button("free-memory", "Free memory", "kubeplay node fill-memory NODE 0", |n| format!("kubeplay node fill-memory {} 0", n), &node_ref) }
            </div>
            <div class="fault-row">
                { global("registry-down", "Registry down", "kubeplay registry down: image pulls fail", "kubeplay registry down") }
                { global("registry-up", "Registry up", "kubeplay registry up", "kubeplay registry up") }
                { global("etcd-stop", "Stop etcd leader", "kubeplay etcd stop --leader", "kubeplay etcd stop --leader") }
                <button id="etcd-start" onclick={etcd_start} title="kubeplay etcd start MEMBER, for every stopped member">{"Start etcd members"}</button>
            </div>
        </section>
    }
}
