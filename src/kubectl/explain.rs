//! `kubectl explain TYPE[.FIELD…] [--recursive] [--api-version=G/V]`, as kubectl's OpenAPI v3
//! explainer does it: the resource and field path split from the argument (the longest prefix
//! that names a resource), the group-version's document fetched from `/openapi/v3`, and
//! upstream's `plaintext.tmpl` followed step by step — `DESCRIPTION` (the field's own words, then
//! its type's, through `allOf`, `items` and `additionalProperties`), `FIELDS` with type guesses
//! (`<[]Container>`, `<map[string]Quantity>`, `-required-`), the recursive outline, and
//! descriptions wrapped as go-wordwrap wraps them. Checked against kubectl 1.33 reading the same
//! documents from `kubeplay serve`.

use super::errors::plain;
use super::flags::{flag, Kind as F};
use super::{parse_flags, Invocation, Kubectl, Output};
use crate::apiserver::http::{Method, Request};
use serde_json::Value;

/// go-wordwrap's `WrapString`: breaks at spaces so lines stay within `lim` characters (a word
/// longer than that stays whole); newlines in `s` are kept.
pub fn wrap(s: &str, lim: usize) -> String {
    let len = |t: &str| t.chars().count();
    // What is pending goes out: the spaces, then the word.
    fn flush(buf: &mut String, space: &mut String, word: &mut String) {
        buf.push_str(space);
        buf.push_str(word);
        space.clear();
        word.clear();
    }
    // A line ends: without a word after them, spaces that would overflow it are dropped.
    let end_line = |buf: &mut String, current: usize, space: &mut String, word: &mut String| {
        if word.is_empty() && current + len(space) > lim {
            space.clear();
        }
        flush(buf, space, word);
    };
    let mut buf = String::with_capacity(s.len() + 16);
    let (mut current, mut word, mut space) = (0usize, String::new(), String::new());
    for c in s.chars() {
        if c == '\n' {
            end_line(&mut buf, current, &mut space, &mut word);
            buf.push(c);
            current = 0;
        } else if c.is_whitespace() && c != '\u{a0}' {
            if space.is_empty() || !word.is_empty() {
                current += len(&space) + len(&word);
                flush(&mut buf, &mut space, &mut word);
            }
            space.push(c);
        } else {
            word.push(c);
            let word_len = len(&word);
            if current + len(&space) + word_len > lim && word_len < lim {
                buf.push('\n');
                current = 0;
                space.clear();
            }
        }
    }
    end_line(&mut buf, current, &mut space, &mut word);
    buf
}

/// The template's `indent`: every line after `pad` spaces (a trailing newline gets them too).
fn indent(n: usize, s: &str) -> String {
    let pad = " ".repeat(n);
    format!("{}{}", pad, s.replace('\n', &format!("\n{}", pad)))
}

/// The document a schema's `$ref` points to.
fn resolve<'a>(doc: &'a Value, schema: &Value) -> Option<&'a Value> {
    let r = schema.get("$ref")?.as_str()?;
    let mut cur = doc;
    for k in r.strip_prefix('#')?.split('/').filter(|k| !k.is_empty()) {
        cur = cur.get(k)?;
    }
    cur.is_object().then_some(cur)
}

fn additional(schema: &Value) -> Option<&Value> {
    schema.get("additionalProperties").filter(|a| a.is_object())
}

/// `typeGuess`.
fn type_guess(doc: &Value, s: &Value) -> String {
    if let Some(items) = s.get("items") {
        return format!("[]{}", type_guess(doc, items));
    }
    if let Some(a) = additional(s) {
        return format!("map[string]{}", type_guess(doc, a));
    }
    if let Some(all) = s.get("allOf").and_then(Value::as_array).filter(|a| a.len() == 1 && s.get("properties").is_none()) {
        return type_guess(doc, &all[0]);
    }
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let target = resolve(doc, s);
        return match target.and_then(|t| t.get("type")).and_then(Value::as_str) {
            None | Some("object") => r.rsplit('/').next().and_then(|n| n.rsplit('.').next()).filter(|n| !n.is_empty()).unwrap_or("Object").to_string(),
            Some(t) => t.to_string(),
        };
    }
    match s.get("type").and_then(Value::as_str) {
        Some("object") | None | Some("") => "Object".into(),
        Some(t) => t.into(),
    }
}

/// `description`: the schema's own, then those of what it is made of.
fn description(doc: &Value, s: &Value) -> String {
    let s = resolve(doc, s).unwrap_or(s);
    let mut out = String::new();
    if let Some(d) = s.get("description").and_then(Value::as_str).filter(|d| !d.is_empty()) {
        out.push_str(d);
        out.push('\n');
    }
    for a in s.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        out.push_str(&description(doc, a));
    }
    if let Some(items) = s.get("items") {
        out.push_str(&description(doc, items));
    }
    if let Some(a) = additional(s) {
        out.push_str(&description(doc, a));
    }
    out
}

fn properties(s: &Value) -> Vec<(&String, &Value)> {
    let mut v: Vec<(&String, &Value)> = s.get("properties").and_then(Value::as_object).into_iter().flatten().collect();
    crate::api::order::sort_by(&mut v, |a, b| a.0.cmp(b.0));
    v
}

/// `fieldDetail`.
fn field_detail(doc: &Value, name: &str, s: &Value, short: bool, level: usize) -> String {
    let n = level * 2;
    let field = &s["properties"][name];
    let required = s.get("required").and_then(Value::as_array).is_some_and(|r| r.iter().any(|x| x == name));
    let mut out = format!("{}\t<{}>{}\n", indent(n, name), type_guess(doc, field), if required { " -required-" } else { "" });
    if !short {
        let d = field.get("description").and_then(Value::as_str).filter(|d| !d.is_empty()).unwrap_or("<no description>");
        out.push_str(&indent(n + 2, &wrap(d, 78 - n)));
        out.push_str("\n\n");
    }
    out
}

/// `fieldList`.
fn field_list(doc: &Value, s: &Value, level: usize, history: &[String], recursive: bool) -> String {
    let r = s.get("$ref").and_then(Value::as_str).unwrap_or("").to_string();
    if !r.is_empty() && history.contains(&r) {
        return String::new();
    }
    let mut next = history.to_vec();
    next.push(r);
    let resolved = resolve(doc, s).unwrap_or(s);
    let mut out = String::new();
    for (k, v) in properties(resolved) {
        out.push_str(&field_detail(doc, k, resolved, recursive, level));
        if recursive {
            out.push_str(&field_list(doc, v, level + 1, &next, recursive));
        }
    }
    for a in resolved.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        out.push_str(&field_list(doc, a, level, &next, recursive));
    }
    if let Some(items) = resolved.get("items") {
        out.push_str(&field_list(doc, items, level, &next, recursive));
    }
    if let Some(a) = additional(resolved) {
        out.push_str(&field_list(doc, a, level, &next, recursive));
    }
    out
}

/// `output`: follows the field path, then prints the description and the fields.
fn output(doc: &Value, s: &Value, history: &[String], path: &[String], recursive: bool) -> String {
    let r = s.get("$ref").and_then(Value::as_str).unwrap_or("").to_string();
    let mut next = history.to_vec();
    next.push(r.clone());
    let resolved = resolve(doc, s).unwrap_or(s);
    let Some(first) = path.first() else {
        let d = description(doc, resolved);
        let d = if d.is_empty() { "<empty>".to_string() } else { d };
        let mut out = format!("DESCRIPTION:\n{}\n", indent(4, &wrap(&d, 76)));
        let fields = field_list(doc, resolved, 1, &[], recursive);
        if !fields.is_empty() {
            out.push_str("FIELDS:\n");
            out.push_str(&fields);
        }
        return out;
    };
    if !r.is_empty() && history.contains(&r) {
        return String::new();
    }
    if let Some(sub) = resolved.get("properties").and_then(|p| p.get(first)) {
        let mut out = String::new();
        if path.len() == 1 {
            out.push_str(&format!("FIELD: {} <{}>\n\n\n", first, type_guess(doc, sub)));
        }
        out.push_str(&output(doc, sub, &[], &path[1..], recursive));
        return out;
    }
    if let Some(items) = resolved.get("items") {
        return output(doc, items, &next, path, recursive);
    }
    if let Some(a) = additional(resolved) {
        return output(doc, a, &next, path, recursive);
    }
    for a in resolved.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        let o = output(doc, a, &next, path, recursive);
        if !o.is_empty() {
            return o;
        }
    }
    String::new()
}

fn get(inv: &mut Invocation, path: &str) -> Result<Value, String> {
    let resp = inv.transport.round_trip(Request::from_target(Method::Get, path).with_header("Accept", "application/json"));
    if !resp.is_success() {
        return Err(super::errors::StatusError::from_body(resp.code, &resp.body).render());
    }
    Ok(serde_json::from_str(&resp.body).unwrap_or(Value::Null))
}

pub fn run(kubectl: &mut Kubectl, mut inv: Invocation, out: &mut Output) {
    let flags = [flag("recursive", None, F::Bool), flag("api-version", None, F::Value), flag("output", None, F::Value)];
    let Some(p) = parse_flags("explain", &inv.args, &flags, out) else { return };
    match p.positionals.len() {
        0 => return out.fail("error: You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.\n"),
        1 => {}
        _ => return out.fail("error: We accept only this format: explain RESOURCE\n"),
    }
    match p.value("output").unwrap_or("plaintext") {
        "plaintext" => {}
        "plaintext-openapiv2" => return out.fail("error: kubeplay does not simulate \"kubectl explain --output=plaintext-openapiv2\" yet (its server serves OpenAPI v3 schemas)\n"),
        other => return out.fail(format!("error: unrecognized format: {}\n", other)),
    }
    // The longest prefix of the dotted path that names a resource; the rest is the field path.
    let parts: Vec<String> = p.positionals[0].split('.').map(str::to_string).collect();
    let found = (1..=parts.len()).rev().find_map(|i| kubectl.discovery(inv.transport).resolve(&parts[..i].join(".")).cloned().map(|r| (r, i)));
    let Some((res, at)) = found else {
        return out.fail(format!("the server doesn't have a resource type \"{}\"\n", parts[0]));
    };
    let fields = &parts[at..];
    let (mut group, mut version) = (res.group.clone(), res.version.clone());
    if let Some(gv) = p.value("api-version") {
        let pieces: Vec<&str> = gv.split('/').collect();
        (group, version) = match pieces.as_slice() {
            [v] => (String::new(), v.to_string()),
            [g, v] => (g.to_string(), v.to_string()),
            _ => return out.fail(format!("error: unexpected GroupVersion string: {}\n", gv)),
        };
    }
    let gv_path = if group.is_empty() { format!("api/{}", version) } else { format!("apis/{}/{}", group, version) };
    let root = match get(&mut inv, "/openapi/v3") {
        Ok(r) => r,
        Err(e) => return out.fail(e),
    };
    let Some(url) = root["paths"][&gv_path]["serverRelativeURL"].as_str() else {
        return out.fail(format!("error: couldn't find resource for \"{}/{}, Resource={}\"\n", group, version, res.name));
    };
    let doc = match get(&mut inv, url) {
        Ok(d) => d,
        Err(e) => return out.fail(e),
    };
    let gvk = serde_json::json!({"group": group, "kind": res.kind, "version": version});
    let schemas = doc["components"]["schemas"].as_object();
    let Some(schema) = schemas.into_iter().flatten().map(|(_, s)| s).find(|s| s["x-kubernetes-group-version-kind"].as_array().is_some_and(|l| l.contains(&gvk))) else {
        return out.fail(format!("error: couldn't find resource for \"{}/{}, Resource={}\"\n", group, version, res.name));
    };
    let mut text = String::new();
    if !group.is_empty() {
        text.push_str(&format!("GROUP:      {}\n", group));
    }
    text.push_str(&format!("KIND:       {}\nVERSION:    {}\n\n", res.kind, version));
    let body = output(&doc, schema, &[], fields, p.bool("recursive"));
    out.out(text);
    if body.is_empty() {
        return out.fail(plain(&format!("field \"{}\" does not exist", fields.last().map(String::as_str).unwrap_or(""))));
    }
    out.out(format!("{}\n", body));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_as_go_wordwrap_does() {
        assert_eq!(wrap("aaa bbb ccc", 7), "aaa bbb\nccc");
        assert_eq!(wrap("a verylongword b", 5), "a\nverylongword\nb");
        assert_eq!(wrap("one\ntwo three", 7), "one\ntwo\nthree");
        assert_eq!(wrap("end.\n", 76), "end.\n");
        assert_eq!(indent(4, "a\nb\n"), "    a\n    b\n    ");
    }
}
