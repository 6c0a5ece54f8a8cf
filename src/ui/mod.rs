//! The page (wasm32 only): a yew app around one `Playground`, the workbench (`workbench.rs`:
//! the terminal, the cluster map, the faults, the tabs and the time control), or the widgets
//! other pages embed (`embed.rs`). Components render what the playground shows and hand it the
//! learner's input; virtual time follows real time on an interval at the chosen speed. The playground is saved to `localStorage` as it changes, so a reload brings
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
mod workbench;

use crate::shell::playground::{Playground, Setup};
use std::cell::RefCell;
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

/// A new cluster for the page: a fresh page load with the seed and topology in the address.
fn start_over(seed: u64, control_planes: usize) {
    if let Some(s) = storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_search(&format!("seed={}&control-planes={}", seed, control_planes));
    }
}

/// The page: the workbench over the page's cluster, whose clock follows real time at the
/// chosen speed, saved every two seconds.
#[component]
fn App() -> Html {
    let play: Shared = *use_memo((), |_| -> Shared { Box::leak(Box::new(RefCell::new(open_playground()))) });
    let tick = (*use_memo((), move |_| {
        let last = std::cell::Cell::new(now_ms());
        let since_save = std::cell::Cell::new(0.0);
        Callback::from(move |_: ()| {
            let now = now_ms();
            let dt = (now - last.get()).max(0.0);
            last.set(now);
            play.borrow_mut().tick(Duration::from_micros((dt * 1000.0) as u64));
            since_save.set(since_save.get() + dt);
            if since_save.get() >= 2000.0 {
                since_save.set(0.0);
                save(&play.borrow());
            }
        })
    }))
    .clone();
    html! { <workbench::Workbench {play} {tick} /> }
}
