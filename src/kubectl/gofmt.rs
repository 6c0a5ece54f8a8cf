//! How Go prints a decoded JSON value, as kubectl's printers do: `fmt`'s `%v` (`map[a:b]`) and
//! `%#v` (`map[string]interface {}{"a":"b"}`), `strconv`'s shortest float formats, and
//! `encoding/json`'s compact and indented output (keys sorted, `<`, `>`, `&` escaped).
//!
//! Numbers follow `unstructured`'s decoding: a JSON integer that fits an `int64` is an `int64`,
//! anything else a `float64`.

use serde_json::{Number, Value};

/// A JSON number as Go holds it after decoding.
pub enum GoNumber {
    Int(i64),
    Float(f64),
}

pub fn go_number(n: &Number) -> GoNumber {
    match n.as_i64() {
        Some(i) => GoNumber::Int(i),
        None => GoNumber::Float(n.as_f64().unwrap_or(0.0)),
    }
}

/// The shortest digits that round-trip `f` (no sign), and the decimal point position: the value is
/// `0.DIGITS × 10^dp`. Zero has no digits.
fn shortest(f: f64) -> (String, i32) {
    if f == 0.0 {
        return (String::new(), 0);
    }
    let e = format!("{:e}", f.abs());
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

/// `%e` with all the shortest digits: `d.ddde±dd`.
fn fmt_e(neg: bool, digits: &str, dp: i32) -> String {
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    let first = digits.chars().next().unwrap_or('0');
    s.push(first);
    if digits.len() > 1 {
        s.push('.');
        s.push_str(&digits[1..]);
    }
    let exp = if digits.is_empty() { 0 } else { dp - 1 };
    s.push('e');
    s.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        s.push('0');
    }
    s.push_str(&a.to_string());
    s
}

/// `%f` with just enough fraction digits.
fn fmt_f(neg: bool, digits: &str, dp: i32) -> String {
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    let nd = digits.len() as i32;
    if dp > 0 {
        for i in 0..dp {
            s.push(if i < nd { digits.as_bytes()[i as usize] as char } else { '0' });
        }
    } else {
        s.push('0');
    }
    let frac = (nd - dp).max(0);
    if frac > 0 {
        s.push('.');
        for i in 0..frac {
            let j = dp + i;
            s.push(if j >= 0 && j < nd { digits.as_bytes()[j as usize] as char } else { '0' });
        }
    }
    s
}

/// `strconv.FormatFloat(f, 'g', -1, 64)`, which is also `fmt`'s `%v`: `0.25`, `1e+06`, `1.5e-07`.
pub fn float_v(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    let neg = f.is_sign_negative();
    let (digits, dp) = shortest(f);
    let exp = if digits.is_empty() { 0 } else { dp - 1 };
    if !digits.is_empty() && !(-4..6).contains(&exp) {
        fmt_e(neg, &digits, dp)
    } else {
        fmt_f(neg, &digits, dp)
    }
}

/// A float as `encoding/json` writes it: `0.25`, `1234567.5`, `1.5e-7`, `1e+21`.
pub fn float_json(f: f64) -> String {
    if !f.is_finite() {
        return "null".into();
    }
    let neg = f.is_sign_negative() && f != 0.0;
    let (digits, dp) = shortest(f);
    let abs = f.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        let mut s = fmt_e(neg, &digits, dp);
        // "e-07" becomes "e-7".
        if let Some(i) = s.rfind("e-0") {
            if s.len() == i + 4 {
                s.remove(i + 2);
            }
        }
        s
    } else {
        fmt_f(neg, &digits, dp)
    }
}

fn number_v(n: &Number) -> String {
    match go_number(n) {
        GoNumber::Int(i) => i.to_string(),
        GoNumber::Float(f) => float_v(f),
    }
}

/// `fmt.Sprint(v)`: strings raw, `map[k:v k2:v2]`, `[a b]`, `<nil>`.
pub fn sprint(v: &Value) -> String {
    let mut s = String::new();
    sprint_into(v, &mut s);
    s
}

fn sprint_into(v: &Value, s: &mut String) {
    match v {
        Value::Null => s.push_str("<nil>"),
        Value::Bool(b) => s.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => s.push_str(&number_v(n)),
        Value::String(t) => s.push_str(t),
        Value::Array(a) => {
            s.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    s.push(' ');
                }
                sprint_into(x, s);
            }
            s.push(']');
        }
        Value::Object(m) => {
            s.push_str("map[");
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    s.push(' ');
                }
                s.push_str(k);
                s.push(':');
                sprint_into(x, s);
            }
            s.push(']');
        }
    }
}

/// `strconv.Quote`: Go string syntax (`"a\x1b\r\"b"`).
pub fn quote(t: &str) -> String {
    let mut s = String::from("\"");
    for c in t.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\x07' => s.push_str("\\a"),
            '\x08' => s.push_str("\\b"),
            '\x0c' => s.push_str("\\f"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            '\x0b' => s.push_str("\\v"),
            c if (c as u32) < 0x20 || c == '\x7f' => s.push_str(&format!("\\x{:02x}", c as u32)),
            c if c.is_control() || (c.is_whitespace() && c != ' ') || matches!(c as u32, 0xad | 0xfeff | 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x2064) => {
                if (c as u32) < 0x10000 {
                    s.push_str(&format!("\\u{:04x}", c as u32));
                } else {
                    s.push_str(&format!("\\U{:08x}", c as u32));
                }
            }
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

/// `fmt.Sprintf("%#v", v)` of a decoded JSON value.
pub fn sharp_v(v: &Value) -> String {
    let mut s = String::new();
    sharp_v_into(v, &mut s, false);
    s
}

fn sharp_v_into(v: &Value, s: &mut String, in_interface: bool) {
    match v {
        Value::Null => s.push_str(if in_interface { "interface {}(nil)" } else { "<nil>" }),
        Value::Bool(b) => s.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => s.push_str(&number_v(n)),
        Value::String(t) => s.push_str(&quote(t)),
        Value::Array(a) => {
            s.push_str("[]interface {}{");
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                sharp_v_into(x, s, true);
            }
            s.push('}');
        }
        Value::Object(m) => {
            s.push_str("map[string]interface {}{");
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&quote(k));
                s.push(':');
                sharp_v_into(x, s, true);
            }
            s.push('}');
        }
    }
}

/// A string as `encoding/json` writes it (HTML-safe).
pub fn json_string(t: &str, s: &mut String) {
    s.push('"');
    for c in t.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            '\x08' => s.push_str("\\b"),
            '\x0c' => s.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => s.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => s.push_str(&format!("\\u{:04x}", c as u32)),
            c => s.push(c),
        }
    }
    s.push('"');
}

fn json_number(n: &Number) -> String {
    match go_number(n) {
        GoNumber::Int(i) => i.to_string(),
        GoNumber::Float(f) => float_json(f),
    }
}

/// `json.Marshal(v)`.
pub fn json_compact(v: &Value) -> String {
    let mut s = String::new();
    json_into(v, &mut s, None, 0);
    s
}

/// `json.MarshalIndent(v, "", indent)`.
pub fn json_indent(v: &Value, indent: &str) -> String {
    let mut s = String::new();
    json_into(v, &mut s, Some(indent), 0);
    s
}

fn newline(s: &mut String, indent: Option<&str>, depth: usize) {
    if let Some(ind) = indent {
        s.push('\n');
        for _ in 0..depth {
            s.push_str(ind);
        }
    }
}

fn json_into(v: &Value, s: &mut String, indent: Option<&str>, depth: usize) {
    match v {
        Value::Null => s.push_str("null"),
        Value::Bool(b) => s.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => s.push_str(&json_number(n)),
        Value::String(t) => json_string(t, s),
        Value::Array(a) => {
            if a.is_empty() {
                s.push_str("[]");
                return;
            }
            s.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    s.push(',');
                }
                newline(s, indent, depth + 1);
                json_into(x, s, indent, depth + 1);
            }
            newline(s, indent, depth);
            s.push(']');
        }
        Value::Object(m) => {
            if m.is_empty() {
                s.push_str("{}");
                return;
            }
            s.push('{');
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    s.push(',');
                }
                newline(s, indent, depth + 1);
                json_string(k, s);
                s.push(':');
                if indent.is_some() {
                    s.push(' ');
                }
                json_into(x, s, indent, depth + 1);
            }
            newline(s, indent, depth);
            s.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn floats_as_go_prints_them() {
        // fmt.Sprint / strconv.FormatFloat(f, 'g', -1, 64)
        let cases = [(0.25, "0.25"), (1.5e-7, "1.5e-07"), (1234567.5, "1.2345675e+06"), (100000.0, "100000"), (1e6, "1e+06"),
            (0.0001, "0.0001"), (0.00001, "1e-05"), (-2.5, "-2.5"), (0.0, "0"), (1e21, "1e+21"), (123456789.0, "1.23456789e+08")];
        for (f, want) in cases {
            assert_eq!(float_v(f), want, "{}", f);
        }
        // encoding/json
        let cases = [(0.25, "0.25"), (1.5e-7, "1.5e-7"), (1234567.5, "1234567.5"), (1e21, "1e+21"), (1e20, "100000000000000000000"), (0.0, "0")];
        for (f, want) in cases {
            assert_eq!(float_json(f), want, "{}", f);
        }
    }

    #[test]
    fn go_renderings_of_a_map() {
        let v = json!({"b": [1, "x", null], "a": {"k": 1.5}, "e": {}, "t": true});
        assert_eq!(sprint(&v), "map[a:map[k:1.5] b:[1 x <nil>] e:map[] t:true]");
        assert_eq!(sharp_v(&v), r#"map[string]interface {}{"a":map[string]interface {}{"k":1.5}, "b":[]interface {}{1, "x", interface {}(nil)}, "e":map[string]interface {}{}, "t":true}"#);
        assert_eq!(json_compact(&json!({"n": "a<b>&c\u{1b}\r"})), r#"{"n":"a\u003cb\u003e\u0026c\u001b\r"}"#);
        assert_eq!(json_indent(&json!({"a": [1, {}], "b": []}), "    "), "{\n    \"a\": [\n        1,\n        {}\n    ],\n    \"b\": []\n}");
        assert_eq!(quote("a\x1b[31m\r\"\\é"), r#""a\x1b[31m\r\"\\é""#);
    }
}
