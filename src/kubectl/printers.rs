//! Client-side printing: the server's Table through the tabwriter (headers upper-cased,
//! priority-1 columns only with `-o wide`, NAMESPACE/LABELS/label columns, `kind/` prefixes when
//! several kinds print), and the name, JSON, YAML, JSONPath and custom-columns printers.

use crate::api::order::Collect;
use super::gofmt;
use super::jsonpath::{relaxed, JsonPath};
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
    /// A watch event's type, printed in a leading EVENT column (`--output-watch-events`).
    pub event: Option<String>,
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
        .map(|m| m.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string())).into_map())
        .unwrap_or_default()
}

/// Renders a `meta.k8s.io/v1` Table. Returns "" when it has no rows (kubectl prints no header then).
pub fn print_table(table: &Value, opts: &TableOptions) -> String {
    tabwriter::format(&table_cells(table, opts), 6, 3)
}

/// A Table's header and rows as tab-separated lines, before the tabwriter aligns them.
pub fn table_cells(table: &Value, opts: &TableOptions) -> String {
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
        if opts.event.is_some() {
            header.push("EVENT".into());
        }
        if opts.with_namespace {
            header.push("NAMESPACE".into());
        }
        header.extend(cols.iter().map(|(_, d)| d["name"].as_str().unwrap_or("").to_ascii_uppercase()));
        header.extend(opts.label_columns.iter().map(|l| l.rsplit('/').next().unwrap_or(l).to_ascii_uppercase()));
        if opts.show_labels {
            header.push("LABELS".into());
        }
        text.push_str(&header.join("\t"));
        text.push('\n');
    }
    for row in &rows {
        let cells = row["cells"].as_array().cloned().unwrap_or_default();
        let mut line: Vec<String> = Vec::new();
        if let Some(e) = &opts.event {
            line.push(e.clone());
        }
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
    text
}

/// An object (or a List's objects) as `-o json|yaml` prints it: without `metadata.managedFields`
/// unless `--show-managed-fields`.
pub fn omit_managed(v: &Value, show: bool) -> std::borrow::Cow<'_, Value> {
    let has = |o: &Value| o.pointer("/metadata/managedFields").is_some();
    if show || !(has(v) || v["items"].as_array().is_some_and(|i| i.iter().any(has))) {
        return std::borrow::Cow::Borrowed(v);
    }
    let mut v = v.clone();
    let strip = |o: &mut Value| {
        if let Some(m) = o.get_mut("metadata").and_then(Value::as_object_mut) {
            m.remove("managedFields");
        }
    };
    strip(&mut v);
    v.get_mut("items").and_then(Value::as_array_mut).into_iter().flatten().for_each(strip);
    std::borrow::Cow::Owned(v)
}

/// JSON as kubectl prints it (`json.MarshalIndent` with four spaces: keys sorted, `<`, `>` and
/// `&` escaped).
pub fn to_json(v: &Value) -> String {
    gofmt::json_indent(v, "    ") + "\n"
}

/// `-o jsonpath=…`: runs the template on the object (or the List), with kubectl's error text.
pub fn print_jsonpath(raw: &str, jp: &mut JsonPath, obj: &Value) -> Result<String, String> {
    jp.execute(obj).map_err(|e| {
        format!(
            "error executing jsonpath {}: Error executing template: {}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{}\n\tobject given to jsonpath engine was:\n\t\t{}\n\n\n",
            gofmt::quote(raw),
            e,
            raw,
            gofmt::sharp_v(obj)
        )
    })
}

/// A custom column: its header and its (relaxed) JSONPath.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub header: String,
    pub field_spec: String,
}

/// `NewCustomColumnsPrinterFromSpec`: `NAME:.metadata.name,IMAGE:.spec.containers[*].image`.
pub fn columns_from_spec(spec: &str) -> Result<Vec<Column>, String> {
    if spec.is_empty() {
        return Err("custom-columns format specified but no custom columns given".into());
    }
    let mut columns = Vec::new();
    for part in spec.split(',') {
        let Some((header, path)) = part.split_once(':') else {
            return Err(format!("unexpected custom-columns spec: {}, expected <header>:<json-path-expr>", part));
        };
        columns.push(Column { header: header.to_string(), field_spec: relaxed(path)? });
    }
    Ok(columns)
}

/// `NewCustomColumnsPrinterFromTemplate`: a line of headers and a line of paths.
pub fn columns_from_template(text: &str) -> Result<Vec<Column>, String> {
    let mut lines = text.split_inclusive('\n').map(|l| l.strip_suffix('\n').unwrap_or(l)).map(|l| l.strip_suffix('\r').unwrap_or(l));
    let Some(headers) = lines.next() else {
        return Err("invalid template, missing header line. Expected format is one line of space separated headers, one line of space separated column specs.".into());
    };
    let Some(specs) = lines.next() else {
        return Err("invalid template, missing spec line. Expected format is one line of space separated headers, one line of space separated column specs.".into());
    };
    let headers: Vec<&str> = headers.split_whitespace().collect();
    let specs: Vec<&str> = specs.split_whitespace().collect();
    if headers.len() != specs.len() {
        return Err(format!("number of headers ({}) and field specifications ({}) don't match", headers.len(), specs.len()));
    }
    headers.iter().zip(specs).map(|(h, s)| Ok(Column { header: h.to_string(), field_spec: relaxed(s)? })).collect()
}

/// `printers.EscapeTerminal`.
fn escape_terminal(s: &str) -> String {
    s.replace('\x1b', "^[").replace('\r', "\\r")
}

/// `-o custom-columns`: the header, then a row per object (`<none>` when a path finds nothing,
/// several values joined by commas). On an error, what was written so far and the error.
pub fn print_custom_columns(columns: &[Column], no_headers: bool, objs: &[&Value]) -> (String, Option<String>) {
    let mut text = String::new();
    let finish = |text: &str| tabwriter::format(text, 6, 3);
    if !no_headers {
        text.push_str(&columns.iter().map(|c| c.header.as_str()).collect::<Vec<_>>().join("\t"));
        text.push('\n');
    }
    let mut parsers = Vec::new();
    for c in columns {
        match JsonPath::parse(&c.field_spec) {
            Ok(jp) => parsers.push(jp.allow_missing_keys(true)),
            Err(e) => return (finish(&text), Some(e)),
        }
    }
    for obj in objs {
        let mut cells = Vec::new();
        for jp in parsers.iter_mut() {
            let values = match jp.find_results(obj) {
                Ok(v) => v,
                Err(e) => return (finish(&text), Some(e)),
            };
            let mut strings = Vec::new();
            if values.first().is_none_or(|v| v.is_empty()) {
                strings.push("<none>".to_string());
            }
            strings.extend(values.iter().flatten().map(|v| escape_terminal(&v.sprint())));
            cells.push(strings.join(","));
        }
        text.push_str(&cells.join("\t"));
        text.push('\n');
    }
    (finish(&text), None)
}
