//! The whole playground over one cluster: the top bar (time control, new cluster, session),
//! the terminal, and beside it the faults, the cluster map and the tabbed panes (lesson,
//! timeline, trace, inspector, store, plots, editor). The page shows one over its own cluster
//! (`App`); the `playground` widget shows one over a widget cluster, which it may share with
//! other widgets. The two differ only where the page would reload itself: on the page a new
//! cluster or an imported session is a fresh page load and Share puts the session in the
//! address; in a widget they replace the cluster in place and Share opens the session on the
//! playground page beside `kubeplay-embed.js`.

use super::{cluster_view, editor_view, faults_view, inspector, lesson_view, plots_view, random_seed, save, store_view, terminal_view, timeline_view, trace_view, Shared};
use crate::shell::playground::{Playground, Setup, SPEEDS};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct Props {
    pub play: Shared,
    /// Moves the cluster's clock to now; called ten times a second, before each redraw.
    pub tick: Callback<()>,
    /// The playground page (it may reload itself) rather than a widget on another page: for a
    /// widget, the address of that page, where Share opens the session.
    #[prop_or_default]
    pub page: Option<String>,
    /// A widget's terminal: no keyboard until clicked, its own first line.
    #[prop_or(true)]
    pub autofocus: bool,
    #[prop_or_default]
    pub welcome: Option<&'static str>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        // The workbench redraws itself on its own timer; its parent's redraws change nothing.
        std::ptr::eq(self.play, other.play) && self.tick == other.tick && self.page == other.page && self.autofocus == other.autofocus && self.welcome == other.welcome
    }
}

impl Props {
    fn widget(&self) -> bool {
        self.page.is_some()
    }
}

/// Replaces a widget's cluster in place (the page reloads instead).
fn replace(play: Shared, p: Playground) {
    *play.borrow_mut() = p;
    save(&play.borrow());
}

#[component]
pub fn Workbench(props: &Props) -> Html {
    let play = props.play;
    let redraw = use_force_update();
    let cursor: trace_view::Cursor = (*use_memo((), |_| Rc::new(std::cell::Cell::new((0u64, 0usize))))).clone();
    let tab = use_state(|| "lesson");
    let selected = use_state(|| None::<inspector::Selected>);
    let on_select = {
        let selected = selected.clone();
        let tab = tab.clone();
        Callback::from(move |(kind, namespace, name): (String, String, String)| {
            selected.set(Some(inspector::Selected { kind, namespace, name }));
            tab.set("inspect");
        })
    };
    {
        let redraw = redraw.clone();
        let cursor = cursor.clone();
        let tick = props.tick.clone();
        use_effect_with((), move |_| {
            let mut frames = 0u32;
            let interval = gloo::timers::callback::Interval::new(100, move || {
                tick.emit(());
                // A new trace starts its animation; a hop more every 400 ms.
                frames = frames.wrapping_add(1);
                {
                    let p = play.borrow();
                    let (id, _, hops) = p.cluster().last_trace();
                    let (seen, shown) = cursor.get();
                    if seen != id {
                        cursor.set((id, 1));
                    } else if shown < hops.len() && frames % 4 == 0 {
                        cursor.set((id, shown + 1));
                    }
                }
                redraw.force_update();
            });
            move || drop(interval)
        });
    }
    let act = |f: fn(&mut Playground)| {
        let redraw = redraw.clone();
        Callback::from(move |_: MouseEvent| {
            f(&mut play.borrow_mut());
            save(&play.borrow());
            redraw.force_update();
        })
    };
    let on_pause = act(|p| {
        let paused = p.term.paused;
        p.set_paused(!paused);
    });
    let on_step = act(|p| {
        p.set_paused(true);
        p.step();
    });
    let on_turn = act(|p| {
        p.set_paused(true);
        p.turn();
    });
    let on_speed = {
        let redraw = redraw.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else { return };
            if let Some(s) = decfloat::parse(&select.value()).filter(|s| SPEEDS.contains(s)) {
                play.borrow_mut().speed = s;
                save(&play.borrow());
            }
            redraw.force_update();
        })
    };
    let control_planes = use_node_ref();
    let seed_input = use_node_ref();
    // On the page, a new cluster is a fresh page load with its seed and topology in the
    // address: nothing of the old cluster survives, and the address can be shared.
    let on_new = {
        let select = control_planes.clone();
        let seed_input = seed_input.clone();
        let widget = props.widget();
        let redraw = redraw.clone();
        Callback::from(move |_| {
            let n = select.cast::<web_sys::HtmlSelectElement>().and_then(|s| s.value().parse::<usize>().ok()).unwrap_or(1);
            let typed = seed_input.cast::<web_sys::HtmlInputElement>().and_then(|i| i.value().trim().parse::<u64>().ok());
            let seed = typed.unwrap_or_else(random_seed);
            if widget {
                replace(play, Playground::new(Setup { seed, control_planes: n, workers: 2, epoch_unix_ms: js_sys::Date::now() as i64, ipvs: false }));
                redraw.force_update();
            } else {
                super::start_over(seed, n);
            }
        })
    };
    // The links are made when clicked (the click then follows them).
    let on_share = {
        let page = props.page.clone();
        Callback::from(move |e: MouseEvent| {
            let encoded: String = js_sys::encode_uri_component(&play.borrow().share()).into();
            match &page {
                Some(page) => {
                    if let Some(a) = e.target_dyn_into::<web_sys::Element>() {
                        let _ = a.set_attribute("href", &format!("{}#session={}", page, encoded));
                    }
                }
                None => {
                    e.prevent_default();
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().set_hash(&format!("session={}", encoded));
                    }
                }
            }
        })
    };
    let on_export = Callback::from(move |e: MouseEvent| {
        let encoded: String = js_sys::encode_uri_component(&play.borrow().save()).into();
        if let Some(a) = e.target_dyn_into::<web_sys::Element>() {
            let _ = a.set_attribute("href", &format!("data:application/json;charset=utf-8,{}", encoded));
        }
    });
    let on_import = {
        let widget = props.widget();
        let redraw = redraw.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            let redraw = redraw.clone();
            yew::platform::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()).unwrap_or_default();
                let opened = if widget {
                    Playground::restore(&text).map(|p| {
                        replace(play, p);
                        redraw.force_update();
                    })
                } else {
                    super::open_session(&text)
                };
                if let Err(e) = opened {
                    if let Some(w) = web_sys::window() {
                        let _ = w.alert_with_message(&format!("kubeplay could not open that file: {}", e));
                    }
                }
            });
        })
    };
    let p = play.borrow();
    let (paused, speed, setup) = (p.term.paused, p.speed, p.setup);
    let uptime = crate::sim::clock::stopwatch(p.uptime());
    let view = Rc::new(p.cluster().snapshot());
    let revealed = p.revealed();
    // While `kubectl edit` runs, the editor pane is its editor.
    let editing = p.editing().is_some();
    let lesson_key = lesson_view::key(&p);
    let frame = p.cluster().now().as_millis() / 100;
    let shown = cursor.get();
    let (trace_node, trace_pods) = {
        let (id, _, hops) = p.cluster().last_trace();
        let names: Vec<String> = view.nodes.iter().map(|n| n.name.clone()).collect();
        if id == shown.0 { trace_view::highlight(hops, shown.1, &names) } else { (None, Vec::new()) }
    };
    drop(p);
    let tab_button = |id: &'static str, label: &'static str| {
        let tab = tab.clone();
        let on = if editing { id == "editor" } else { *tab == id };
        html! { <button id={format!("tab-{}", id)} class={classes!("tab", on.then_some("on"))} onclick={Callback::from(move |_: MouseEvent| tab.set(id))}>{ label }</button> }
    };
    let share = if props.widget() {
        html! { <a id="share" class="button" href="#" target="_blank" rel="noopener" onclick={on_share} title="open this session (seed, commands, editor text) on the playground page, in a new tab">{"Open ↗"}</a> }
    } else {
        html! { <button id="share" onclick={on_share} title="put this session (seed, commands, editor text) in the page's address, to copy and send">{"Share"}</button> }
    };
    html! {
        <div class="app">
            <header class="topbar">
                <span class="brand">{"kubeplay"}</span>
                <span class="subtitle">{"a Kubernetes v1.34 cluster, simulated in this tab"}</span>
                <span class="spacer"></span>
                <div class="timecontrol" role="group" aria-label="time control">
                    <button id="pause" class={classes!("pause", paused.then_some("paused"))} onclick={on_pause} title="pause or resume the cluster's clock">
                        { if paused { "▶ Play" } else { "❚❚ Pause" } }
                    </button>
                    <button id="step" onclick={on_step} title="pause, and reveal the timeline's next happening (running the components until one happens)">{"Step ›"}</button>
                    <button id="turn" onclick={on_turn} title="pause, and run one component's turn: everything due at the next wakeup">{"Turn ›"}</button>
                    <select id="speed" onchange={on_speed} title="how fast the cluster's clock runs">
                        { for SPEEDS.iter().map(|s| html! { <option value={s.to_string()} selected={*s == speed}>{ format!("{}×", s) }</option> }) }
                    </select>
                    <span class="clock" id="clock" title="the cluster's virtual clock: time since it booted">{ format!("t = {}", uptime) }</span>
                    <span class="seed" id="seed" title="the seed this cluster was made from: the same seed and commands give the same cluster">{ format!("seed {}", setup.seed) }</span>
                </div>
                <label class="newcluster" title="a new cluster: kubeadm's topology with one control plane, or three with stacked etcd members; an optional seed">
                    <select id="control-planes" ref={control_planes}>
                        <option value="1" selected={setup.control_planes == 1}>{"1 control plane"}</option>
                        <option value="3" selected={setup.control_planes == 3}>{"3 control planes (HA)"}</option>
                    </select>
                    <input id="new-seed" ref={seed_input} type="text" inputmode="numeric" placeholder="seed (optional)" size="12" />
                    <button id="new-cluster" onclick={on_new}>{"New cluster"}</button>
                </label>
                <div class="session" role="group" aria-label="session">
                    { share }
                    <a id="export" class="button" href="#" onclick={on_export} download={format!("kubeplay-{}.json", setup.seed)} title="download this session as a file">{"Export"}</a>
                    <label class="button" title="open a session file exported before">{"Import"}<input id="import" type="file" accept=".json,application/json" onchange={on_import} hidden=true /></label>
                </div>
            </header>
            <main class="panes">
                <terminal_view::TerminalView play={play} redraw={redraw.clone()} autofocus={props.autofocus} welcome={props.welcome} />
                <div class="side">
                    <faults_view::Faults play={play} view={view.clone()} redraw={redraw.clone()} />
                    <cluster_view::ClusterMap view={view.clone()} {trace_node} {trace_pods} on_select={on_select.clone()} />
                    <div class="tabs" role="tablist">{ tab_button("lesson", "Lesson") }{ tab_button("timeline", "Timeline") }{ tab_button("trace", "Trace") }{ tab_button("inspect", "Inspect") }{ tab_button("store", "Store") }{ tab_button("plots", "Plots") }{ tab_button("editor", "Editor") }</div>
                    { match if editing { "editor" } else { *tab } {
                        "trace" => html! { <trace_view::TraceView play={play} cursor={cursor.clone()} redraw={redraw.clone()} {shown} /> },
                        "editor" => html! { <editor_view::EditorView play={play} redraw={redraw.clone()} /> },
                        "plots" => html! { <plots_view::PlotsView play={play} view={view.clone()} frame={frame / 5} /> },
                        "store" => html! { <store_view::StoreView play={play} frame={frame / 5} /> },
                        "inspect" => html! { <inspector::Inspector play={play} selected={(*selected).clone()} frame={frame / 5} /> },
                        "lesson" => html! { <lesson_view::LessonView play={play} redraw={redraw.clone()} stamp={lesson_key.clone()} /> },
                        _ => html! { <timeline_view::TimelineView play={play} revealed={revealed} on_select={on_select.clone()} /> },
                    } }
                </div>
            </main>
        </div>
    }
}
