//! The tidy test: the design's bans, checked over the source tree, with a hint on each failure.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn core_files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .filter(|(rel, _)| !rel.starts_with("ui/") && rel != "main.rs" && rel != "cli.rs" && !rel.starts_with("serve/"))
        .collect()
}

fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with("//"))
}

#[test]
fn no_wall_clock_or_ambient_randomness_in_the_core() {
    let banned = ["Instant::now", "SystemTime::now", "Utc::now", "Timestamp::now", "chrono::Local", "thread_rng", "rand::random", "getrandom", "StdRng", "SmallRng"];
    let mut hits = Vec::new();
    for (file, text) in core_files() {
        for (n, line) in code_lines(&text) {
            for b in banned {
                if line.contains(b) {
                    hits.push(format!("src/{}:{}: {}", file, n + 1, b));
                }
            }
        }
    }
    assert!(hits.is_empty(), "use SimTime / SimRng from the Cluster instead of:\n{}", hits.join("\n"));
}

#[test]
fn no_hashmap_in_the_core() {
    let mut hits = Vec::new();
    for (file, text) in core_files() {
        for (n, line) in code_lines(&text) {
            if line.contains("HashMap") || line.contains("HashSet") {
                hits.push(format!("src/{}:{}", file, n + 1));
            }
        }
    }
    assert!(hits.is_empty(), "iterate BTreeMap/BTreeSet so runs are deterministic:\n{}", hits.join("\n"));
}

#[test]
fn json_decodes_through_text() {
    // A typed decode from a serde_json::Value instantiates a second deserializer for every type
    // it reaches; the page's wasm has room for one (the text one, `Object::from_json_str`).
    let mut hits = Vec::new();
    for (file, text) in core_files() {
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code_lines(code) {
            if line.contains("serde_json::from_value") {
                hits.push(format!("src/{}:{}", file, n + 1));
            }
        }
    }
    assert!(hits.is_empty(), "decode with serde_json::from_str(&value.to_string()) or Object::from_value:\n{}", hits.join("\n"));
}

#[test]
fn no_unicode_case_tables_or_core_float_parsing_in_the_page() {
    // Unicode case mapping links core's case tables (10 KB of the gzipped page) and
    // `str::parse::<f64>` its table of powers of five (12 KB): fold ASCII, parse with decfloat.
    let banned = [".to_lowercase()", ".to_uppercase()", "parse::<f64>", "parse::<f32>"];
    let mut hits = Vec::new();
    for (file, text) in core_files() {
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code_lines(code) {
            for b in banned {
                if line.contains(b) {
                    hits.push(format!("src/{}:{}: {}", file, n + 1, b));
                }
            }
        }
    }
    assert!(hits.is_empty(), "use to_ascii_lowercase/to_ascii_uppercase and decfloat::parse:\n{}", hits.join("\n"));
}

#[test]
fn one_sort_for_the_whole_crate() {
    // Each `slice::sort*` call site monomorphizes its own driftsort (about 4 KB of wasm).
    let mut hits = Vec::new();
    for (file, text) in core_files().into_iter().filter(|(f, _)| f != "api/order.rs") {
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code_lines(code) {
            if [".sort(", ".sort_by(", ".sort_by_key(", ".sort_unstable", ".sort_by_cached_key("].iter().any(|b| line.contains(b)) {
                hits.push(format!("src/{}:{}", file, n + 1));
            }
        }
    }
    assert!(hits.is_empty(), "sort with crate::api::order::{{sort, sort_by, sort_by_key}}:\n{}", hits.join("\n"));
}

#[test]
fn web_crates_only_in_ui() {
    let web = ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];
    let mut hits = Vec::new();
    for (file, text) in core_files() {
        for (n, line) in code_lines(&text) {
            for w in web {
                if line.contains(&format!("{}::", w)) || line.contains(&format!("use {}", w)) {
                    hits.push(format!("src/{}:{}: {}", file, n + 1, w));
                }
            }
        }
    }
    assert!(hits.is_empty(), "the core knows nothing of the browser; move this under src/ui/:\n{}", hits.join("\n"));
}

#[test]
fn only_the_apiserver_touches_the_store() {
    let mut hits = Vec::new();
    for (file, text) in core_files() {
        if file.starts_with("store/") || file.starts_with("apiserver/") || file == "lib.rs" {
            continue;
        }
        for (n, line) in code_lines(&text) {
            if line.contains("crate::store") || line.contains("kubeplay::store") {
                hits.push(format!("src/{}:{}", file, n + 1));
            }
        }
    }
    assert!(hits.is_empty(), "components talk to the apiserver, never to the store:\n{}", hits.join("\n"));
}

#[test]
fn yaml_decoding_only_in_manifest() {
    let mut hits = Vec::new();
    for (file, text) in core_files() {
        if file.starts_with("manifest/") {
            continue;
        }
        for (n, line) in code_lines(&text) {
            if line.contains("serde_yaml") {
                hits.push(format!("src/{}:{}", file, n + 1));
            }
        }
    }
    assert!(hits.is_empty(), "YAML goes through src/manifest/:\n{}", hits.join("\n"));
}

#[test]
fn files_stay_small_and_say_what_they_are() {
    let mut hits = Vec::new();
    for (file, text) in core_files() {
        if text.lines().count() > 1000 {
            hits.push(format!("src/{}: {} lines; split it by concept", file, text.lines().count()));
        }
        if !text.starts_with("//!") {
            hits.push(format!("src/{}: start with a one-line //! saying what it is", file));
        }
    }
    assert!(hits.is_empty(), "{}", hits.join("\n"));
}
