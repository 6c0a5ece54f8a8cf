//! Reading `-f` sources (files, directories, `-` for stdin) into documents, and mapping each
//! document to its REST resource, with kubectl's error texts.

use super::discovery::{ApiResource, Discovery};
use super::Files;
use crate::manifest::parse_documents;
use serde_json::Value;

/// One object from a manifest, with the source it came from (`rc.yaml`, `STDIN`).
#[derive(Clone, Debug)]
pub struct Doc {
    pub source: String,
    pub value: Value,
}

fn read_one(path: &str, stdin: Option<&str>, files: &dyn Files, out: &mut Vec<Doc>) -> Result<(), String> {
    let (source, text) = if path == "-" {
        ("STDIN".to_string(), stdin.unwrap_or("").to_string())
    } else if path.starts_with("http://") || path.starts_with("https://") {
        let text = crate::sim::kubeadm::lab_web(path).ok_or_else(|| format!("unable to read URL \"{}\", server reported 404 Not Found, status code=404", path))?;
        (path.to_string(), text)
    } else {
        (path.to_string(), files.read(path).map_err(|_| format!("the path \"{}\" does not exist", path))?)
    };
    let docs = parse_documents(&text).map_err(|e| format!("error parsing {}: {}", source, e.0))?;
    for value in docs {
        out.push(Doc { source: source.clone(), value });
    }
    Ok(())
}

/// Reads every `-f` argument; directories contribute their `.json`, `.yaml` and `.yml` files.
pub fn read_sources(filenames: &[String], recursive: bool, stdin: Option<&str>, files: &dyn Files) -> Result<Vec<Doc>, String> {
    let mut out = Vec::new();
    for f in filenames {
        if f != "-" {
            if let Some(mut entries) = files.list_dir(f) {
                crate::api::order::sort(&mut entries);
                for e in entries {
                    let p = format!("{}/{}", f.trim_end_matches('/'), e);
                    if files.list_dir(&p).is_some() {
                        if recursive {
                            out.extend(read_sources(&[p], true, stdin, files)?);
                        }
                        continue;
                    }
                    if e.ends_with(".yaml") || e.ends_with(".yml") || e.ends_with(".json") {
                        read_one(&p, stdin, files, &mut out)?;
                    }
                }
                continue;
            }
        }
        read_one(f, stdin, files, &mut out)?;
    }
    Ok(out)
}

/// The mapping of a document, or kubectl's error for it.
pub fn map_doc<'d>(doc: &Doc, discovery: &'d Discovery) -> Result<&'d ApiResource, String> {
    let v = &doc.value;
    let kind = v["kind"].as_str().unwrap_or("");
    let api_version = v["apiVersion"].as_str().unwrap_or("");
    if kind.is_empty() {
        return Err(format!("unable to decode {:?}: Object 'Kind' is missing in '{}'", doc.source, v));
    }
    discovery.for_kind(api_version, kind).ok_or_else(|| {
        format!(
            "resource mapping not found for name: {:?} namespace: {:?} from {:?}: no matches for kind {:?} in version {:?}\nensure CRDs are installed first",
            v["metadata"]["name"].as_str().unwrap_or(""),
            v["metadata"]["namespace"].as_str().unwrap_or(""),
            doc.source,
            kind,
            api_version
        )
    })
}

/// The namespace an object goes to: its own, unless `-n` names another (an error), else `-n`/default.
pub fn target_namespace(doc: &Doc, res: &ApiResource, ns: &str, explicit: bool) -> Result<String, String> {
    if !res.namespaced {
        return Ok(String::new());
    }
    match doc.value["metadata"]["namespace"].as_str().filter(|s| !s.is_empty()) {
        Some(obj_ns) if explicit && obj_ns != ns => Err(format!(
            "the namespace from the provided object {:?} does not match the namespace {:?}. You must pass '--namespace={}' to perform this operation.",
            obj_ns, ns, obj_ns
        )),
        Some(obj_ns) => Ok(obj_ns.to_string()),
        None => Ok(ns.to_string()),
    }
}
