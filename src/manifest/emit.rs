//! YAML output as kubectl writes it (go-yaml v2 through sigs.k8s.io/yaml): keys sorted, lists not
//! indented under their key, strings plain when they read back as strings, double-quoted when YAML
//! 1.1 would read them as something else (`"1234"`, `"true"`, timestamps), single-quoted when a
//! plain scalar cannot hold them, `|` blocks for multi-line text, and plain and single-quoted
//! scalars folded past column 80.

use serde_json::Value;

const BEST_WIDTH: usize = 80;

/// Whether YAML 1.1 (go-yaml v2's `resolve`) reads a plain scalar as something other than a string.
fn resolves_to_non_string(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "", "~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE", "n", "N", "no", "No",
        "NO", "off", "Off", "OFF", "false", "False", "FALSE", ".inf", ".Inf", ".INF", "+.inf", "-.inf", ".nan", ".NaN", ".NAN",
    ];
    if WORDS.contains(&s) {
        return true;
    }
    let b = s.as_bytes();
    let first = b[0];
    if !(first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.')) {
        return false;
    }
    let body = s.trim_start_matches(['-', '+']);
    // Integers: decimal (with `_`), 0x hex, 0b binary, leading-zero octal.
    if !body.is_empty() && body.bytes().all(|c| c.is_ascii_digit() || c == b'_') && body.as_bytes()[0].is_ascii_digit() {
        return true;
    }
    if let Some(h) = body.strip_prefix("0x") {
        if !h.is_empty() && h.bytes().all(|c| c.is_ascii_hexdigit() || c == b'_') {
            return true;
        }
    }
    if let Some(h) = body.strip_prefix("0b") {
        if !h.is_empty() && h.bytes().all(|c| c == b'0' || c == b'1' || c == b'_') {
            return true;
        }
    }
    // Floats: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
    if is_float(body) {
        return true;
    }
    // Base-60 numbers: 1:20, 190:20:30.
    if body.contains(':') {
        let mut parts = body.split(':');
        let head = parts.next().unwrap_or("");
        if !head.is_empty() && head.bytes().all(|c| c.is_ascii_digit() || c == b'_') && parts.clone().count() > 0 {
            let ok = parts.all(|p| {
                let p = p.split('.').next().unwrap_or("");
                !p.is_empty() && p.len() <= 2 && p.bytes().all(|c| c.is_ascii_digit())
            });
            if ok {
                return true;
            }
        }
    }
    is_timestamp(s)
}

fn is_float(s: &str) -> bool {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    if let Some(e) = exp {
        let e = e.trim_start_matches(['-', '+']);
        if e.is_empty() || !e.bytes().all(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    match mant.split_once('.') {
        Some((i, f)) => (i.is_empty() && !f.is_empty() || !i.is_empty()) && i.bytes().all(|c| c.is_ascii_digit() || c == b'_') && f.bytes().all(|c| c.is_ascii_digit() || c == b'_'),
        None => exp.is_some() && !mant.is_empty() && mant.bytes().all(|c| c.is_ascii_digit()),
    }
}

/// go-yaml v2's timestamp forms: `2006-1-2`, `2006-1-2T15:4:5…`, `2006-1-2 15:4:5…`.
fn is_timestamp(s: &str) -> bool {
    let date_end = s.find(['T', 't', ' ']).unwrap_or(s.len());
    let date: Vec<&str> = s[..date_end].split('-').collect();
    let date_ok = date.len() == 3
        && date[0].len() == 4
        && date.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()));
    if !date_ok {
        return false;
    }
    if date_end == s.len() {
        return true;
    }
    let time = &s[date_end + 1..];
    let clock = time.trim_end_matches('Z');
    let clock = clock.split(['+', '-']).next().unwrap_or("");
    let parts: Vec<&str> = clock.split(':').collect();
    parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.split('.').next().unwrap_or("").bytes().all(|c| c.is_ascii_digit()))
}

/// libyaml's analysis: can this string be written plain (in block context)?
fn plain_allowed(s: &str) -> bool {
    if s.is_empty() || s.starts_with(' ') || s.ends_with(' ') || s.starts_with("---") || s.starts_with("...") {
        return false;
    }
    let first = s.chars().next().unwrap_or(' ');
    if "[]{},#&*!|>'\"%@`".contains(first) {
        return false;
    }
    let second = s.chars().nth(1);
    if matches!(first, '-' | '?' | ':') && second.is_none_or(|c| c == ' ') {
        return false;
    }
    if s.contains(": ") || s.contains(" #") || s.ends_with(':') || s.contains('\t') {
        return false;
    }
    !s.chars().any(|c| c.is_control() || c == '\u{feff}')
}

enum Style {
    Plain,
    Single,
    Double,
    Literal,
}

fn style_for(s: &str) -> Style {
    if s.contains('\n') {
        return Style::Literal;
    }
    if s.chars().any(|c| c.is_control() && c != '\t') {
        return Style::Double;
    }
    if resolves_to_non_string(s) {
        return Style::Double;
    }
    if plain_allowed(s) {
        Style::Plain
    } else {
        Style::Single
    }
}

fn double_quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\x{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes `text` starting at `column`, breaking at a space once past column 80 (continuation
/// lines at `indent`), as libyaml's plain and single-quoted writers do.
fn folded(text: &str, column: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut col = column;
    let chars: Vec<char> = text.chars().collect();
    let mut prev_space = false;
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let next_space = chars.get(i + 1) == Some(&' ');
            if !prev_space && col > BEST_WIDTH && !next_space && i + 1 < chars.len() {
                out.push('\n');
                out.extend(std::iter::repeat_n(' ', indent));
                col = indent;
            } else {
                out.push(' ');
                col += 1;
            }
            prev_space = true;
        } else {
            out.push(c);
            col += 1;
            prev_space = false;
        }
    }
    out
}

/// A scalar written at `column`, for a node whose block indentation is `indent`.
fn scalar(s: &str, column: usize, indent: usize) -> String {
    match style_for(s) {
        Style::Plain => folded(s, column, indent),
        Style::Single => format!("'{}'", folded(&s.replace('\'', "''"), column + 1, indent)),
        Style::Double => double_quoted(s),
        Style::Literal => {
            let chomp = if s.ends_with("\n\n") {
                "+"
            } else if s.ends_with('\n') {
                ""
            } else {
                "-"
            };
            let body = s.strip_suffix('\n').unwrap_or(s);
            let lead = if body.starts_with(' ') { "2" } else { "" };
            let mut out = format!("|{}{}", lead, chomp);
            for line in body.split('\n') {
                out.push('\n');
                if !line.is_empty() {
                    out.extend(std::iter::repeat_n(' ', indent));
                    out.push_str(line);
                }
            }
            out
        }
    }
}

fn key(k: &str) -> String {
    match style_for(k) {
        Style::Plain => k.to_string(),
        Style::Single => format!("'{}'", k.replace('\'', "''")),
        _ => double_quoted(k),
    }
}

fn number(n: &serde_json::Number) -> String {
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    let f = n.as_f64().unwrap_or(0.0);
    if f.fract() == 0.0 && f.abs() < 1e21 {
        format!("{}", f as i64)
    } else {
        format!("{}", f)
    }
}

/// The value after `key: ` (or `- `) at `column`, for a node at block indentation `indent`.
fn inline(v: &Value, column: usize, indent: usize) -> Option<String> {
    Some(match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number(n),
        Value::String(s) => scalar(s, column, indent),
        Value::Array(a) if a.is_empty() => "[]".into(),
        Value::Object(m) if m.is_empty() => "{}".into(),
        _ => return None,
    })
}

fn mapping(m: &serde_json::Map<String, Value>, indent: usize, out: &mut String, first_inline: bool) {
    for (i, (k, v)) in m.iter().enumerate() {
        if i > 0 || !first_inline {
            out.extend(std::iter::repeat_n(' ', indent));
        }
        let k = key(k);
        out.push_str(&k);
        out.push(':');
        match inline(v, indent + k.len() + 2, indent + 2) {
            Some(s) => {
                out.push(' ');
                out.push_str(&s);
                out.push('\n');
            }
            None => {
                out.push('\n');
                match v {
                    Value::Object(child) => mapping(child, indent + 2, out, false),
                    Value::Array(items) => sequence(items, indent, out),
                    _ => {}
                }
            }
        }
    }
}

fn sequence(items: &[Value], indent: usize, out: &mut String) {
    sequence_from(items, indent, out, false);
}

fn sequence_from(items: &[Value], indent: usize, out: &mut String, first_inline: bool) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 || !first_inline {
            out.extend(std::iter::repeat_n(' ', indent));
        }
        out.push('-');
        match inline(item, indent + 2, indent + 2) {
            Some(s) => {
                out.push(' ');
                out.push_str(&s);
                out.push('\n');
            }
            None => {
                out.push(' ');
                match item {
                    Value::Object(m) => mapping(m, indent + 2, out, true),
                    Value::Array(a) => sequence_from(a, indent + 2, out, true),
                    _ => {}
                }
            }
        }
    }
}

/// The document as kubectl prints it.
pub fn to_yaml(v: &Value) -> String {
    let mut out = String::new();
    match v {
        Value::Object(m) if !m.is_empty() => mapping(m, 0, &mut out, false),
        Value::Array(a) if !a.is_empty() => sequence(a, 0, &mut out),
        other => {
            out.push_str(&inline(other, 0, 0).unwrap_or_default());
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn quoting_follows_go_yaml_v2() {
        let v = json!({
            "rv": "1234", "ts": "2026-01-05T09:00:00Z", "b": "true", "e": "", "plain": "nginx:1.25",
            "colon": "a: b", "star": "*", "quote": "it's", "neg": "-1", "dash": "-x", "ver": "1.0", "date": "2024-01-01",
            "url": "http://example.com/a#b", "hash": "a #b", "octal": "0644", "ip": "10.96.0.1", "port": "80/TCP", "cidr": "10.244.0.0/24",
        });
        let y = to_yaml(&v);
        for line in [
            "rv: \"1234\"", "ts: \"2026-01-05T09:00:00Z\"", "b: \"true\"", "e: \"\"", "plain: nginx:1.25", "colon: 'a: b'", "star: '*'",
            "quote: it's", "neg: \"-1\"", "dash: -x", "ver: \"1.0\"", "date: \"2024-01-01\"", "url: http://example.com/a#b", "hash: 'a #b'",
            "octal: \"0644\"", "ip: 10.96.0.1", "port: 80/TCP", "cidr: 10.244.0.0/24",
        ] {
            assert!(y.lines().any(|l| l == line), "missing {:?} in\n{}", line, y);
        }
    }

    #[test]
    fn structure_and_blocks() {
        let v = json!({"metadata": {"annotations": {"k": "{\"a\":1}\n"}, "labels": {}}, "spec": {"containers": [{"name": "c", "args": ["a", "b"], "resources": {}}], "x": [[1, 2]]}});
        assert_eq!(
            to_yaml(&v),
            "metadata:\n  annotations:\n    k: |\n      {\"a\":1}\n  labels: {}\nspec:\n  containers:\n  - args:\n    - a\n    - b\n    name: c\n    resources: {}\n  x:\n  - - 1\n    - 2\n"
        );
    }

    #[test]
    fn long_strings_fold_past_column_80() {
        let msg = "Back-off pulling image \"nginxx\": ErrImagePull: failed to pull and unpack image docker.io/library/nginxx";
        let y = to_yaml(&json!({"status": {"message": msg}}));
        assert_eq!(y, "status:\n  message: 'Back-off pulling image \"nginxx\": ErrImagePull: failed to pull and unpack\n    image docker.io/library/nginxx'\n");
    }
}
