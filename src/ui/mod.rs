//! The page (wasm32 only): a yew app around one `Playground` — the terminal, the cluster map,
//! the timeline, the faults panel and the time control. Components render what the playground
//! shows and hand it the learner's input; virtual time follows real time on an interval at the
//! chosen speed. The playground is saved to `localStorage` as it changes, so a reload brings
//! the same cluster back (the journal replayed into a cluster with the same seed). The address
//! may ask for a particular cluster: `?seed=7`, `?control-planes=3`, `?workers=200`.

mod cluster_view;
mod docs;
mod editor_view;
pub mod embed;
mod faults_view;
mod inspector;
mod lesson_view;
mod plots_view;
mod store_view;
mod terminal_view;
mod timeline_view;
mod trace_view;

use crate::shell::playground::{Playground, Setup, SPEEDS};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use yew::prelude::*;

/// Mounts the app on `<body>`, unless `kubeplay-embed.js` loaded the page's wasm for widgets
/// (it sets `kubeplayEmbed` first, then mounts each widget with `embed::kubeplay_mount`).
pub fn start() {
    let embedded = web_sys::window().and_then(|w| js_sys::Reflect::get(&w, &"kubeplayEmbed".into()).ok()).is_some_and(|v| v.is_truthy());
    EMBEDDED.store(embedded, std::sync::atomic::Ordering::Relaxed);
    if !embedded {
        yew::Renderer::<App>::new().render();
    }
}

/// Whether the wasm runs widgets on another page (whose clusters save themselves, by cluster:
/// see `embed`) rather than the playground page.
static EMBEDDED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

const STORAGE_KEY: &str = "kubeplay.playground.v1";

/// A value from the page address's query (`?seed=7&control-planes=3`).
fn query(name: &str) -> Option<String> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    search.trim_start_matches('?').split('&').find_map(|kv| kv.strip_prefix(name)?.strip_prefix('=').map(str::to_string))
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn random_seed() -> u64 {
    let mut buf = [0u8; 8];
    if getrandom::getrandom(&mut buf).is_ok() {
        // Seeds a learner can read out and type again.
        u64::from_le_bytes(buf) % 1_000_000_000
    } else {
        1
    }
}

/// The playground for this page load: the one saved before a reload, unless the address asks
/// for a particular cluster (`?seed=…`, `?control-planes=…`), which starts afresh.
fn open_playground() -> Playground {
    // A shared session in the fragment (`#session=…`) comes first; the address then forgets it.
    let location = web_sys::window().map(|w| w.location());
    let hash = location.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
    if let Some(encoded) = hash.strip_prefix("#session=") {
        let shared = js_sys::decode_uri_component(encoded).ok().and_then(|s| s.as_string()).unwrap_or_default();
        match Playground::restore(&shared) {
            Ok(p) => {
                save(&p);
                if let Some(l) = &location {
                    let _ = l.set_hash("");
                }
                return p;
            }
            Err(e) => web_sys::console::warn_1(&format!("kubeplay: the shared session could not be opened ({})", e).into()),
        }
    }
    let control_planes = query("control-planes").and_then(|v| v.parse().ok()).filter(|n| (1..=3).contains(n)).unwrap_or(1);
    let seed = query("seed").and_then(|v| v.parse().ok());
    let workers = query("workers").and_then(|v| v.parse().ok()).filter(|n| (1..=crate::shell::playground::MAX_WORKERS).contains(n)).unwrap_or(2);
    if seed.is_none() && query("control-planes").is_none() && query("workers").is_none() {
        if let Some(saved) = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()) {
            match Playground::restore(&saved) {
                Ok(p) => return p,
                Err(e) => web_sys::console::warn_1(&format!("kubeplay: the saved cluster could not be restored ({}); starting a new one", e).into()),
            }
        }
    }
    Playground::new(Setup { seed: seed.unwrap_or_else(random_seed), control_planes, workers, epoch_unix_ms: js_sys::Date::now() as i64, ipvs: false })
}

/// Opens a session from its saved text (an imported file): stored, then the page reloads
/// into it from the bare address. A text that is not a session is refused with the reason.
fn open_session(text: &str) -> Result<(), String> {
    Playground::restore(text)?;
    let s = storage().ok_or("this page cannot store anything here (private mode?)")?;
    s.set_item(STORAGE_KEY, text).map_err(|_| "the browser refused to store the session".to_string())?;
    let w = web_sys::window().ok_or("no window")?;
    let path = w.location().pathname().unwrap_or_else(|_| "/".into());
    w.location().set_href(&path).map_err(|_| "could not reload".to_string())
}

/// Saves the playground (quietly does nothing where the page may not store).
/// In widgets, only the lesson progress: a widget's cluster is not the playground page's.
pub fn save(p: &Playground) {
    if let Some(s) = storage().filter(|_| !EMBEDDED.load(std::sync::atomic::Ordering::Relaxed)) {
        let _ = s.set_item(STORAGE_KEY, &p.save());
    }
    lesson_view::record_progress(p);
}

/// The page's one playground. It lives as long as the page (a new cluster is a new page load),
/// so it is leaked on purpose: nothing ever has to drop a whole cluster.
pub type Shared = &'static RefCell<Playground>;

#[component]
fn App() -> Html {
    let play: Shared = *use_memo((), |_| -> Shared { Box::leak(Box::new(RefCell::new(open_playground()))) });
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
        use_effect_with((), move |_| {
            let mut frames = 0u32;
            let mut last = now_ms();
            let mut since_save = 0.0;
            let interval = gloo::timers::callback::Interval::new(100, move || {
                let now = now_ms();
                let dt = (now - last).max(0.0);
                last = now;
                play.borrow_mut().tick(Duration::from_micros((dt * 1000.0) as u64));
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
                since_save += dt;
                if since_save >= 2000.0 {
                    since_save = 0.0;
                    save(&play.borrow());
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
    // A new cluster is a fresh page load with its seed and topology in the address: nothing of
    // the old cluster survives, and the address can be shared.
    let on_new = {
        let select = control_planes.clone();
        let seed_input = seed_input.clone();
        Callback::from(move |_| {
            let n = select.cast::<web_sys::HtmlSelectElement>().and_then(|s| s.value().parse::<usize>().ok()).unwrap_or(1);
            let typed = seed_input.cast::<web_sys::HtmlInputElement>().and_then(|i| i.value().trim().parse::<u64>().ok());
            let seed = typed.unwrap_or_else(random_seed);
            if let Some(s) = storage() {
                let _ = s.remove_item(STORAGE_KEY);
            }
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_search(&format!("seed={}&control-planes={}", seed, n));
            }
        })
    };
    let on_share = Callback::from(move |_: MouseEvent| {
        let encoded: String = js_sys::encode_uri_component(&play.borrow().share()).into();
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(&format!("session={}", encoded));
        }
    });
    // The file is made when the link is clicked (the click then downloads it).
    let on_export = Callback::from(move |e: MouseEvent| {
        let encoded: String = js_sys::encode_uri_component(&play.borrow().save()).into();
        if let Some(a) = e.target_dyn_into::<web_sys::Element>() {
            let _ = a.set_attribute("href", &format!("data:application/json;charset=utf-8,{}", encoded));
        }
    });
    let on_import = Callback::from(move |e: Event| {
        let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        yew::platform::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()).unwrap_or_default();
            if let Err(e) = open_session(&text) {
                if let Some(w) = web_sys::window() {
                    let _ = w.alert_with_message(&format!("kubeplay could not open that file: {}", e));
                }
            }
        });
    });
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
                    <button id="share" onclick={on_share} title="put this session (seed, commands, editor text) in the page's address, to copy and send">{"Share"}</button>
                    <a id="export" class="button" href="#" onclick={on_export} download={format!("kubeplay-{}.json", setup.seed)} title="download this session as a file">{"Export"}</a>
                    <label class="button" title="open a session file exported before">{"Import"}<input id="import" type="file" accept=".json,application/json" onchange={on_import} hidden=true /></label>
                </div>
            </header>
            <main class="panes">
                <terminal_view::TerminalView play={play} redraw={redraw.clone()} />
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
