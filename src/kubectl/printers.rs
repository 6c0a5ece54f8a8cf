//! Client-side printing: the server's Table through the tabwriter (headers upper-cased,
//! priority-1 columns only with `-o wide`, NAMESPACE/LABELS/label columns, `kind/` prefixes when
//! several kinds print), and the name, JSON and YAML printers.

use super::tabwriter;
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default)]
pub struct TableOptions {
    pub wide: bool,
    pub no_headers: bool,
    pub with_namespace: bool,
    pub show_labels: bool,
    pub label_columns: Vec<String>,
    /// `pod`, `deployment.apps`: set when several kinds are printed together.
    pub kind_prefix: Option<String>,
}

fn cell_text(v: &Value) -> String {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Null => "<none>".to_string(),
        other => other.to_string(),
    };
    match s.find(['\n', '\r', '\x0c']) {
        Some(i) => format!("{}...", &s[..i]),
        None => s,
    }
}

fn labels_of(row: &Value) -> BTreeMap<String, String> {
    row["object"]["metadata"]["labels"]
        .as_object()
        .map(|m| m.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string())).collect())
        .unwrap_or_default()
}

/// Renders a `meta.k8s.io/v1` Table. Returns "" when it has no rows (kubectl prints no header then).
pub fn print_table(table: &Value, opts: &TableOptions) -> String {
    let rows = table["rows"].as_array().cloned().unwrap_or_default();
    if rows.is_empty() {
        return String::new();
    }
    let cols: Vec<(usize, &Value)> = table["columnDefinitions"]
        .as_array()
        .map(|c| c.iter().enumerate().filter(|(_, d)| opts.wide || d["priority"].as_i64().unwrap_or(0) == 0).collect())
        .unwrap_or_default();
    let mut text = String::new();
    if !opts.no_headers {
        let mut header: Vec<String> = Vec::new();
        if opts.with_namespace {
            header.push("NAMESPACE".into());
        }
        header.extend(cols.iter().map(|(_, d)| d["name"].as_str().unwrap_or("").to_uppercase()));
        header.extend(opts.label_columns.iter().map(|l| l.rsplit('/').next().unwrap_or(l).to_uppercase()));
        if opts.show_labels {
            header.push("LABELS".into());
        }
        text.push_str(&header.join("\t"));
        text.push('\n');
    }
    for row in &rows {
        let cells = row["cells"].as_array().cloned().unwrap_or_default();
        let mut line: Vec<String> = Vec::new();
        if opts.with_namespace {
            line.push(row["object"]["metadata"]["namespace"].as_str().unwrap_or("").to_string());
        }
        for (i, def) in &cols {
            let mut c = cells.get(*i).map(cell_text).unwrap_or_default();
            if def["format"] == "name" {
                if let Some(k) = &opts.kind_prefix {
                    c = format!("{}/{}", k, c);
                }
            }
            line.push(c);
        }
        let labels = labels_of(row);
        for l in &opts.label_columns {
            line.push(labels.get(l).cloned().unwrap_or_default());
        }
        if opts.show_labels {
            line.push(if labels.is_empty() {
                "<none>".into()
            } else {
                labels.iter().map(|(k, v)| format!("{}={}", k, v)).collect::<Vec<_>>().join(",")
            });
        }
        text.push_str(&line.join("\t"));
        text.push('\n');
    }
    tabwriter::format(&text, 6, 3)
}

/// JSON as kubectl prints it: four-space indentation, keys sorted.
pub fn to_json(v: &Value) -> String {
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    serde::Serialize::serialize(v, &mut ser).expect("json");
    let mut s = String::from_utf8(buf).expect("utf8");
    s.push('\n');
    s
}
