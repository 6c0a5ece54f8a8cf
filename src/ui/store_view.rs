//! The store pane: etcd as the apiserver uses it — the current revision and the compaction
//! point, the keys under each resource's prefix, each raft member (role, term, last index, the
//! leader marked) and the latest writes with the revision each made (lease renewals left out).

use super::Shared;
use yew::prelude::*;

#[derive(Properties, Clone)]
pub struct Props {
    pub play: Shared,
    pub frame: u64,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.frame == other.frame
    }
}

#[component(StoreView)]
pub fn store_view(props: &Props) -> Html {
    let v = props.play.borrow().cluster().store_view(25);
    html! {
        <section class="store" id="store">
            <div class="panel-head">
                <h2>{"etcd"}</h2>
                <span class="count" id="store-revision">{ format!("revision {}", v.revision) }</span>
                <span class="count">{ format!("compacted at {}", v.compacted) }</span>
                <span class="count">{ format!("raft commit {}", v.commit) }</span>
            </div>
            <table class="members">
                <tr><th>{"member"}</th><th>{"role"}</th><th>{"term"}</th><th>{"index"}</th></tr>
                { for v.members.iter().map(|(name, role, term, index, running)| html! {
                    <tr class={classes!(*role, (!running).then_some("stopped"))} data-member={name.clone()}>
                        <td>{ name }</td><td>{ if *running { role.to_string() } else { "stopped".to_string() } }</td><td>{ term }</td><td>{ index }</td>
                    </tr>
                }) }
            </table>
            <div class="store-cols">
                <div>
                    <h3>{"keys"}</h3>
                    <table class="keys">
                        { for v.resources.iter().map(|(prefix, n)| html! { <tr><td>{ format!("{}/", prefix) }</td><td class="n">{ n }</td></tr> }) }
                    </table>
                </div>
                <div>
                    <h3>{"latest writes"}</h3>
                    <ol class="writes">
                        { for v.recent.iter().map(|(rev, key, what)| html! { <li title={what.clone()}><span class="rev">{ rev }</span>{" "}<span class="key">{ key }</span></li> }) }
                    </ol>
                </div>
            </div>
        </section>
    }
}
