//! The inspector: whatever the learner selected on the map or the timeline — a pod, a node,
//! any object a happening names — seen as kubectl shows it: `describe`, the YAML, its events,
//! the chain of owners above it, a pod's logs and why the scheduler placed it where it did.
//! Every view is a read answered by the cluster as it is (`Cluster::inspect`), which changes
//! nothing.

use super::Shared;
use yew::prelude::*;

/// A selected object: its kind (`Pod`, `Node`, `ReplicaSet`, …), namespace and name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selected {
    pub kind: String,
    pub namespace: String,
    pub name: String,
}

#[derive(Properties, Clone)]
pub struct Props {
    pub play: Shared,
    pub selected: Option<Selected>,
    /// Bumped as time passes, so what is shown follows the cluster.
    pub frame: u64,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.selected == other.selected && self.frame == other.frame
    }
}

const VIEWS: [(&str, &str); 6] = [("describe", "Describe"), ("yaml", "YAML"), ("events", "Events"), ("owners", "Owners"), ("logs", "Logs"), ("scheduling", "Scheduling")];

fn args(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

/// What one view shows.
fn render(play: Shared, sel: &Selected, view: &str) -> String {
    let mut p = play.borrow_mut();
    let ns = if sel.namespace.is_empty() { "default" } else { sel.namespace.as_str() };
    let kind = sel.kind.to_ascii_lowercase();
    let target = format!("{}/{}", kind, sel.name);
    let c = &mut p.term.cluster;
    match view {
        "yaml" => c.inspect(&args(&["get", &target, "-n", ns, "-o", "yaml"])).text(),
        "events" => {
            let fields = format!("involvedObject.kind={},involvedObject.name={}", sel.kind, sel.name);
            c.inspect(&args(&["get", "events", "-n", ns, "--field-selector", &fields])).text()
        }
        "logs" => c.inspect(&args(&["logs", &sel.name, "-n", ns, "--all-containers", "--tail", "200"])).text(),
        "owners" => {
            // Up the ownerReferences: pod → ReplicaSet → Deployment, and so on.
            let mut chain = vec![target.clone()];
            let mut current = target;
            for _ in 0..5 {
                let owner = c.inspect(&args(&["get", &current, "-n", ns, "-o", "jsonpath={.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name}"])).text();
                let owner = owner.trim();
                if owner.len() <= 1 || owner.starts_with('/') || owner.starts_with("error") {
                    break;
                }
                chain.push(owner.to_string());
                current = owner.to_ascii_lowercase();
            }
            if chain.len() == 1 {
                format!("{} has no owner: nothing recreates it if it goes.\n", chain[0])
            } else {
                chain.iter().enumerate().map(|(i, o)| format!("{}{}{}\n", "  ".repeat(i), if i == 0 { "" } else { "↑ owned by " }, o)).collect()
            }
        }
        "scheduling" => {
            drop(p);
            let line = format!("kubeplay explain-schedule {} -n {}", sel.name, ns);
            let mut p = play.borrow_mut();
            match crate::shell::Session::new().feed(&line, &mut p.term.cluster) {
                crate::shell::Step::Done(out) => out.text(),
                _ => String::new(),
            }
        }
        _ => c.inspect(&args(&["describe", &kind, &sel.name, "-n", ns])).text(),
    }
}

#[component(Inspector)]
pub fn inspector(props: &Props) -> Html {
    let view = use_state(|| "describe");
    let Some(sel) = &props.selected else {
        return html! { <section class="inspector" id="inspector"><p class="empty">{"Click a pod or a node on the map, or a happening on the timeline, to inspect it."}</p></section> };
    };
    let pod = sel.kind == "Pod";
    let shown = if !pod && matches!(*view, "logs" | "scheduling") { "describe" } else { *view };
    let text = render(props.play, sel, shown);
    html! {
        <section class="inspector" id="inspector">
            <div class="panel-head">
                <h2>{ format!("{} {}", sel.kind, sel.name) }</h2>
                { if sel.namespace.is_empty() { html! {} } else { html! { <span class="count">{ format!("namespace {}", sel.namespace) }</span> } } }
                <span class="spacer"></span>
                { for VIEWS.iter().filter(|(v, _)| pod || !matches!(*v, "logs" | "scheduling")).map(|(v, label)| {
                    let view = view.clone();
                    let v: &'static str = v;
                    html! { <button id={format!("inspect-{}", v)} class={classes!("tab", (shown == v).then_some("on"))} onclick={Callback::from(move |_: MouseEvent| view.set(v))}>{ *label }</button> }
                }) }
            </div>
            <pre id="inspect-output" class="inspect-output">{ text }</pre>
        </section>
    }
}
