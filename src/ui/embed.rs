//! Widgets for other pages: `kubeplay-embed.js` (written by `scripts/pack.py`) finds the
//! page's `<kube-playground>` and `[data-kubeplay]` elements, gives each a shadow root with the
//! page's stylesheet, and calls [`mount`] with what the element asks for. A widget is a view of
//! a cluster: widgets that name the same cluster (`data-cluster="demo"`) share one playground;
//! the others each get their own. Every cluster's clock follows real time while one of its
//! widgets is on screen, whichever widget's timer fires first (so sharing does not run it
//! faster), and stops while none is. The hosts hear of each command run (`kubeplay-command`)
//! and of a lesson completed (`kubeplay-lesson-complete`), as DOM events that leave the shadow
//! root; `embed.html` posts them to its parent window, to the origin its address names.

use super::{cluster_view, editor_view, lesson_view, plots_view, terminal_view, timeline_view, trace_view, workbench, Shared};
use crate::shell::playground::{Playground, Setup};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// A cluster the page's widgets share: its playground, when its clock last moved, and how many
/// of its widgets are on screen.
struct Group {
    play: Shared,
    last_tick: f64,
    visible: u32,
    /// localStorage key, or None where the page may not store (a sandboxed iframe).
    key: Option<String>,
    /// The first line of what is stored: a digest of the seed, lesson and setup it was made from.
    made_from: String,
    /// The widgets' host elements, told of what happens (`kubeplay-command`, …).
    hosts: Vec<web_sys::Element>,
    /// The last command told of, and whether the lesson's completion was.
    told_command: u64,
    told_complete: bool,
}

thread_local! {
    static GROUPS: RefCell<BTreeMap<String, Group>> = const { RefCell::new(BTreeMap::new()) };
    static ANONYMOUS: RefCell<u32> = const { RefCell::new(0) };
}

/// Moves a cluster's clock to now (once per moment, however many widgets ask), saves it every
/// few seconds, and tells its hosts what happened.
fn tick(cluster: &str) {
    let now = super::now_ms();
    let news = GROUPS.with(|g| {
        let mut groups = g.borrow_mut();
        let group = groups.get_mut(cluster)?;
        let dt = (now - group.last_tick).max(0.0);
        group.last_tick = now;
        if group.visible == 0 || dt < 1.0 {
            return None;
        }
        group.play.borrow_mut().tick(Duration::from_micros((dt * 1000.0) as u64));
        if let Some(key) = &group.key {
            if (now / 2000.0).floor() != ((now - dt) / 2000.0).floor() {
                if let Some(s) = super::storage() {
                    let _ = s.set_item(key, &format!("{}{}", group.made_from, group.play.borrow().save()));
                }
            }
        }
        Some((group.hosts.clone(), news(cluster, group)))
    });
    // Dispatched with nothing borrowed: a listener may mount another widget.
    if let Some((hosts, events)) = news {
        for (kind, detail) in events {
            dispatch(&hosts, kind, &detail);
        }
    }
}

/// A DOM event on every host of the group: it bubbles out of the shadow root, so a page can
/// listen on the element or the document (and `embed.html` passes it to its parent window).
fn dispatch(hosts: &[web_sys::Element], kind: &str, detail: &[(&str, String)]) {
    let d = js_sys::Object::new();
    for (k, v) in detail {
        let _ = js_sys::Reflect::set(&d, &(*k).into(), &v.into());
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&d);
    if let Ok(e) = web_sys::CustomEvent::new_with_event_init_dict(kind, &init) {
        for h in hosts {
            let _ = h.dispatch_event(&e);
        }
    }
}

type Event = (&'static str, Vec<(&'static str, String)>);

/// The commands run and the lesson completed since the group last told its hosts.
fn news(cluster: &str, group: &mut Group) -> Vec<Event> {
    let play = group.play;
    let p = play.borrow();
    if p.cluster().commands.last_seq() < group.told_command {
        // A new cluster in its place (a lesson started or reset from the widget).
        group.told_command = 0;
        group.told_complete = false;
    }
    let mut events = Vec::new();
    for r in p.cluster().commands.since(group.told_command) {
        group.told_command = r.seq;
        events.push(("kubeplay-command", vec![("cluster", cluster.to_string()), ("command", r.words.join(" "))]));
    }
    if let Some(l) = p.lesson.as_ref().filter(|l| l.progress.complete(&l.lesson) && !group.told_complete) {
        group.told_complete = true;
        events.push(("kubeplay-lesson-complete", vec![("cluster", cluster.to_string()), ("lesson", l.lesson.id.clone())]));
    }
    events
}

/// What a setup holds: YAML documents (applied) and command lines (`kubectl …`, `kubeplay …`),
/// as one script for the cluster's first shell.
pub fn setup_script(text: &str) -> String {
    let mut script = String::new();
    let mut yaml = String::new();
    let flush = |yaml: &mut String, script: &mut String| {
        if !yaml.trim().is_empty() {
            script.push_str("kubectl apply -f - <<'KUBEPLAY_SETUP'\n");
            script.push_str(yaml);
            script.push_str("KUBEPLAY_SETUP\n");
        }
        yaml.clear();
    };
    for line in text.lines() {
        let t = line.trim();
        if ["kubectl ", "kubeplay ", "k "].iter().any(|p| t.starts_with(p)) {
            flush(&mut yaml, &mut script);
            script.push_str(t);
            script.push('\n');
        } else {
            yaml.push_str(line);
            yaml.push('\n');
        }
    }
    flush(&mut yaml, &mut script);
    script
}

/// The playground of a cluster, made the first time a widget names it.
fn group(cluster: &str, seed: Option<u64>, lesson: &str, setup: &str, store: bool) -> Shared {
    let page = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
    let key = store.then(|| format!("kubeplay.embed.v1.{}.{}", page, cluster));
    GROUPS.with(|g| {
        if let Some(existing) = g.borrow().get(cluster) {
            return existing.play;
        }
        // A cluster saved from the same attributes and setup: after the page's author changes
        // them, the widget starts afresh from the new ones.
        let made_from = format!("{:016x}\n", crate::lesson::sections::key(&format!("{:?}\u{0}{}\u{0}{}", seed, lesson, setup)));
        let saved = key.as_ref().and_then(|k| super::storage()?.get_item(k).ok().flatten()).and_then(|t| Playground::restore(t.strip_prefix(&made_from)?).ok());
        let p = saved.unwrap_or_else(|| {
            let epoch = js_sys::Date::now() as i64;
            let mut p = match crate::lesson::find(lesson) {
                Some(l) => Playground::for_lesson(l, epoch),
                None => Playground::new(Setup { seed: seed.unwrap_or_else(super::random_seed), control_planes: 1, workers: 2, epoch_unix_ms: epoch, ipvs: false }),
            };
            let script = setup_script(setup);
            if !script.is_empty() {
                p.setup(&script);
            }
            p
        });
        let play: Shared = Box::leak(Box::new(RefCell::new(p)));
        let (told_command, told_complete) = {
            let p = play.borrow();
            (p.cluster().commands.last_seq(), p.lesson.as_ref().is_some_and(|l| l.progress.complete(&l.lesson)))
        };
        g.borrow_mut().insert(cluster.to_string(), Group { play, last_tick: super::now_ms(), visible: 0, key, made_from, hosts: Vec::new(), told_command, told_complete });
        play
    })
}

/// A widget's host came into or went out of view.
fn set_visible(cluster: &str, on: bool) {
    GROUPS.with(|g| {
        if let Some(group) = g.borrow_mut().get_mut(cluster) {
            if on {
                if group.visible == 0 {
                    // The clock does not jump over the time nobody watched.
                    group.last_tick = super::now_ms();
                }
                group.visible += 1;
            } else {
                group.visible = group.visible.saturating_sub(1);
            }
        }
    });
}

/// The playground page beside `kubeplay-embed.js`, which tells its address (`kubeplayEmbed`).
pub(super) fn page_address() -> String {
    let told = web_sys::window().and_then(|w| js_sys::Reflect::get(&w, &"kubeplayEmbed".into()).ok()).and_then(|v| v.as_string());
    told.unwrap_or_else(|| "index.html".to_string())
}

/// A widget terminal's first line.
const WELCOME: &str = "A Kubernetes cluster, simulated in this page. Type kubectl commands below — try kubectl get nodes.";

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub cluster: String,
    pub kinds: Vec<String>,
    pub stored: bool,
}

#[component(Widget)]
fn widget(props: &WidgetProps) -> Html {
    let play = GROUPS.with(|g| g.borrow().get(&props.cluster).map(|x| x.play)).expect("mounted with its group");
    let redraw = use_force_update();
    let cursor: trace_view::Cursor = (*use_memo((), |_| Rc::new(std::cell::Cell::new((0u64, 0usize))))).clone();
    // The full playground alone ticks and redraws itself; other parts are redrawn from here.
    let alone = props.kinds == ["playground"];
    {
        let redraw = redraw.clone();
        let cluster = props.cluster.clone();
        use_effect_with((), move |_| {
            let interval = (!alone).then(|| {
                gloo::timers::callback::Interval::new(100, move || {
                    tick(&cluster);
                    redraw.force_update();
                })
            });
            move || drop(interval)
        });
    }
    let p = play.borrow();
    // The cluster's picture, only for the parts that draw it.
    let drawn = props.kinds.iter().any(|k| matches!(k.as_str(), "map" | "plot" | "plots"));
    let view = Rc::new(if drawn { p.cluster().snapshot() } else { Default::default() });
    let revealed = p.revealed();
    let lesson_key = lesson_view::key(&p);
    let frame = p.cluster().now().as_millis() / 500;
    let (id, _, hops) = p.cluster().last_trace();
    let shown = if id == cursor.get().0 { cursor.get() } else { (id, hops.len()) };
    drop(p);
    let on_select = Callback::from(|_: (String, String, String)| {});
    // The full playground redraws itself; it shares the group's clock.
    let tick = (*use_memo(props.cluster.clone(), |cluster| {
        let cluster = cluster.clone();
        Callback::from(move |_: ()| tick(&cluster))
    }))
    .clone();
    let one = |kind: &str| -> Html {
        match kind {
            "terminal" => html! { <terminal_view::TerminalView play={play} redraw={redraw.clone()} autofocus={false} welcome={WELCOME} /> },
            "map" => html! { <cluster_view::ClusterMap view={view.clone()} trace_node={None::<String>} trace_pods={Vec::<String>::new()} on_select={on_select.clone()} /> },
            "timeline" => html! { <timeline_view::TimelineView play={play} revealed={revealed} on_select={on_select.clone()} /> },
            "trace" => html! { <trace_view::TraceView play={play} cursor={cursor.clone()} redraw={redraw.clone()} {shown} /> },
            "editor" => html! { <editor_view::EditorView play={play} redraw={redraw.clone()} /> },
            "plot" | "plots" => html! { <plots_view::PlotsView play={play} view={view.clone()} frame={frame} /> },
            "lesson" => html! { <lesson_view::LessonView play={play} redraw={redraw.clone()} stamp={lesson_key.clone()} /> },
            "playground" => html! { <workbench::Workbench play={play} tick={tick.clone()} page={Some(page_address())} autofocus={false} welcome={WELCOME} /> },
            other => html! { <p class="widget-error">{ format!("kubeplay: there is no widget {:?} (playground, terminal, map, timeline, trace, editor, plot, lesson)", other) }</p> },
        }
    };
    html! {
        <div class={classes!("widget", (props.kinds.len() > 1).then_some("several"))}>
            { for props.kinds.iter().map(|k| html! { <div class={classes!("widget-part", format!("widget-{}", k))}>{ one(k) }</div> }) }
            { if props.stored { html! {} } else { html! { <p class="widget-note">{"This page may not store anything: progress is not kept across reloads."}</p> } } }
        </div>
    }
}

/// Mounts widgets into `root` (a div inside the host element's shadow root). `widgets` is a
/// comma-separated list (empty: the full playground); `cluster` names a shared cluster (empty:
/// the widget's own); `seed` (empty: random), `lesson` (an id of the course) and `setup` (YAML
/// and command lines) make the cluster the first time it is named. Watches `host` to pause the
/// cluster off screen. Returns the cluster's name, for [`kubeplay_type`].
#[wasm_bindgen]
pub fn kubeplay_mount(host: web_sys::Element, root: web_sys::Element, widgets: String, cluster: String, seed: String, lesson: String, setup: String) -> String {
    let cluster = if cluster.is_empty() {
        let n = ANONYMOUS.with(|a| {
            *a.borrow_mut() += 1;
            *a.borrow()
        });
        format!("#{}", n)
    } else {
        cluster
    };
    let stored = super::storage().is_some_and(|s| s.set_item("kubeplay.probe", "1").is_ok());
    group(&cluster, seed.trim().parse().ok(), lesson.trim(), &setup, stored);
    GROUPS.with(|g| {
        if let Some(group) = g.borrow_mut().get_mut(&cluster) {
            group.hosts.push(host.clone());
        }
    });
    let kinds: Vec<String> = widgets.split(',').map(|w| w.trim().to_string()).filter(|w| !w.is_empty()).collect();
    let kinds = if kinds.is_empty() { vec!["playground".into()] } else { kinds };
    observe(&host, cluster.clone());
    yew::Renderer::<Widget>::with_root_and_props(root, WidgetProps { cluster: cluster.clone(), kinds, stored }).render();
    cluster
}

/// Types lines into a cluster's terminal, as the learner would (the host page asked: a
/// `kubeplay-run` event on a widget, a `data-kubeplay-run` button, or a message to a frame).
/// Lines wait while a command runs; the widgets show them at their next redraw.
#[wasm_bindgen]
pub fn kubeplay_type(cluster: String, text: String) {
    let play = GROUPS.with(|g| g.borrow().get(&cluster).map(|x| x.play));
    if let Some(play) = play {
        let lines = text.clone();
        super::docs::then(&text, move || play.borrow_mut().type_lines(&lines));
    }
}

/// Counts the host as visible while any of it is on screen.
fn observe(host: &web_sys::Element, cluster: String) {
    let fallback = cluster.clone();
    let was = Rc::new(std::cell::Cell::new(false));
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for e in entries.iter() {
            let on = js_sys::Reflect::get(&e, &"isIntersecting".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
            if on != was.get() {
                was.set(on);
                set_visible(&cluster, on);
            }
        }
    });
    match web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref()) {
        Ok(o) => o.observe(host),
        // No observer: the widget counts as always visible.
        Err(_) => set_visible(&fallback, true),
    }
    callback.forget();
}
