//! YAML 1.1 plain scalars as kubectl's decoder (go-yaml v2) reads them, where YAML 1.2 (our
//! parser) reads them differently: `yes`/`no`/`on`/`off`/`y`/`n` are booleans and `0644` is octal.
//! The text is rewritten before parsing; quoted scalars, comments and block scalars are left alone.

const TRUE: &[&str] = &["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"];
const FALSE: &[&str] = &["n", "N", "no", "No", "NO", "off", "Off", "OFF"];

/// The YAML 1.2 spelling of a YAML 1.1 plain scalar, when the two read differently.
fn translate(token: &str) -> Option<String> {
    if TRUE.contains(&token) {
        return Some("true".into());
    }
    if FALSE.contains(&token) {
        return Some("false".into());
    }
    let digits = token.strip_prefix('-').unwrap_or(token);
    if digits.len() > 1 && digits.starts_with('0') && digits.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
        let v = i64::from_str_radix(digits, 8).ok()?;
        return Some(if token.starts_with('-') { format!("-{}", v) } else { v.to_string() });
    }
    None
}

/// Where a plain scalar starts: after `key: `, `- `, `[`, `{` or `,` (outside quotes).
fn rewrite_line(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    let mut at_value = true;
    // A `- ` is a sequence entry only at the start of the line (after indentation or another `- `).
    let mut seq_ok = true;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\'' | '"' => {
                // Copy the quoted scalar untouched.
                out.push(c);
                i += 1;
                while i < chars.len() {
                    out.push(chars[i]);
                    if chars[i] == '\\' && c == '"' && i + 1 < chars.len() {
                        out.push(chars[i + 1]);
                        i += 2;
                        continue;
                    }
                    if chars[i] == c {
                        if c == '\'' && chars.get(i + 1) == Some(&'\'') {
                            out.push('\'');
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i += 1;
                }
                i += 1;
                at_value = false;
            }
            '#' if i == 0 || chars[i - 1].is_whitespace() => {
                out.extend(&chars[i..]);
                break;
            }
            ' ' | '\t' => {
                out.push(c);
                i += 1;
            }
            ':' if chars.get(i + 1).is_none_or(|n| n.is_whitespace()) => {
                out.push(c);
                i += 1;
                at_value = true;
                seq_ok = false;
            }
            '-' if at_value && seq_ok && chars.get(i + 1).is_none_or(|n| n.is_whitespace()) => {
                out.push(c);
                i += 1;
            }
            '[' | '{' | ',' => {
                out.push(c);
                i += 1;
                at_value = true;
                seq_ok = false;
            }
            _ if at_value => {
                // A plain scalar (or a key): read up to `: `, `,`, `]`, `}`, ` #` or the end.
                let start = i;
                while i < chars.len() {
                    let ch = chars[i];
                    if matches!(ch, ',' | ']' | '}') || (ch == ':' && chars.get(i + 1).is_none_or(|n| n.is_whitespace())) || (ch == '#' && chars[i - 1].is_whitespace()) {
                        break;
                    }
                    i += 1;
                }
                seq_ok = false;
                let token: String = chars[start..i].iter().collect();
                let trimmed = token.trim_end();
                let is_key = chars.get(i) == Some(&':');
                match translate(trimmed).filter(|_| !is_key) {
                    Some(t) => {
                        out.push_str(&t);
                        out.push_str(&token[trimmed.len()..]);
                    }
                    None => out.push_str(&token),
                }
                at_value = false;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Rewrites a whole document stream.
pub fn rewrite(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut block: Option<usize> = None;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let _ = n;
        let body = line.trim_end_matches(['\n', '\r']);
        if let Some(parent) = block {
            if body.trim().is_empty() || indent(body) > parent {
                out.push_str(line);
                continue;
            }
            block = None;
        }
        let rewritten = rewrite_line(body);
        out.push_str(&rewritten);
        out.push_str(&line[body.len()..]);
        // A block scalar (`key: |`, `- >-`) keeps its more-indented lines verbatim.
        let code = rewritten.split(" #").next().unwrap_or("").trim_end();
        let last = code.rsplit([' ', ':', '-']).next().unwrap_or("");
        if !last.is_empty() && (last.starts_with('|') || last.starts_with('>')) && last.len() <= 3 && (code.ends_with(last) && code.len() > last.len()) {
            block = Some(indent(body));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml11_scalars() {
        assert_eq!(rewrite("a: yes\nb: \"yes\"\nc: off # no\nd: 0644\ne: on-call\n"), "a: true\nb: \"yes\"\nc: false # no\nd: 420\ne: on-call\n");
        assert_eq!(rewrite("- no\n- 'on'\n- [yes, n, \"y\"]\n- {k: ON, y: 1}\n"), "- false\n- 'on'\n- [true, false, \"y\"]\n- {k: true, y: 1}\n");
        assert_eq!(rewrite("script: |\n  yes\n  on\nnext: yes\n"), "script: |\n  yes\n  on\nnext: true\n");
        assert_eq!(rewrite("mode: 0\nport: 8080\nver: 1.0\n"), "mode: 0\nport: 8080\nver: 1.0\n");
        assert_eq!(rewrite("key: - yes\n"), "key: - yes\n");
    }
}
