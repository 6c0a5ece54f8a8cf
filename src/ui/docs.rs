//! Documentation the page fetches on first use instead of carrying it: the OpenAPI schemas
//! `kubectl explain` reads (`schemas.txt`, beside the page). A line that would need them waits
//! for the fetch (a few milliseconds from the page's own host), then runs; if the fetch fails,
//! it runs anyway and the apiserver answers 503, as a server without its OpenAPI would.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the schemas are, relative to the page.
const SCHEMAS: &str = "schemas.txt";

/// The schemas' address: beside the page, which for widgets is beside `kubeplay-embed.js`
/// (not the host page that embeds them).
fn schemas_url() -> String {
    let page = super::embed::page_address();
    match page.rfind('/') {
        Some(i) => format!("{}{}", &page[..=i], SCHEMAS),
        None => SCHEMAS.to_string(),
    }
}

/// Whether running this text needs documentation the page has not fetched yet.
pub fn wanted(text: &str) -> bool {
    text.contains("explain") && !crate::apiserver::schemas::available()
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|e| format!("{:?}", e))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("{} {}", response.status(), response.status_text()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{:?}", e))?).await.map_err(|e| format!("{:?}", e))?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// Runs `then` once the documentation `text` needs is at hand (at once if none is needed).
pub fn then(text: &str, then: impl FnOnce() + 'static) {
    if !wanted(text) {
        then();
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let url = schemas_url();
        match fetch_text(&url).await {
            Ok(t) => crate::apiserver::schemas::provide(t),
            Err(e) => web_sys::console::warn_1(&format!("kubeplay: {} could not be fetched ({})", url, e).into()),
        }
        then();
    });
}
