//! Splits a command line into words the way bash does for simple commands: whitespace, single
//! quotes, double quotes with `\` escapes, backslashes, `#` comments, and a `<<` heredoc operator.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heredoc {
    pub delimiter: String,
    /// `<<-`: leading tabs are stripped from body lines and the delimiter line.
    pub strip_tabs: bool,
    /// An unquoted delimiter: the body undergoes parameter expansion, command substitution
    /// and `\` escapes as bash does (`<<'EOF'`, `<<"EOF"` and `<<\EOF` keep it as written).
    pub expand: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Line {
    pub words: Vec<String>,
    pub heredoc: Option<Heredoc>,
}

/// What `split` says of an operator it leaves to the shell interpreter (`shell::script`).
pub const UNSUPPORTED: &str = "not a simple command: ";

/// Parses one line. Errors are bash's messages.
pub fn split(line: &str) -> Result<Line, String> {
    let mut out = Line::default();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    let mut cur = String::new();
    let mut in_word = false;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\t' => {
                if in_word {
                    out.words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
                i += 1;
            }
            '#' if !in_word => break,
            '\'' => {
                in_word = true;
                i += 1;
                loop {
                    match chars.get(i) {
                        None => return Err("unexpected EOF while looking for matching `''".into()),
                        Some('\'') => break,
                        Some(ch) => cur.push(*ch),
                    }
                    i += 1;
                }
                i += 1;
            }
            '"' => {
                in_word = true;
                i += 1;
                loop {
                    match chars.get(i) {
                        None => return Err("unexpected EOF while looking for matching `\"'".into()),
                        Some('"') => break,
                        Some('\\') if matches!(chars.get(i + 1), Some('"') | Some('\\') | Some('$') | Some('`')) => {
                            cur.push(chars[i + 1]);
                            i += 1;
                        }
                        Some(ch) => cur.push(*ch),
                    }
                    i += 1;
                }
                i += 1;
            }
            '\\' => {
                in_word = true;
                if let Some(ch) = chars.get(i + 1) {
                    cur.push(*ch);
                }
                i += 2;
            }
            '<' if chars.get(i + 1) == Some(&'<') && chars.get(i + 2) != Some(&'<') => {
                if in_word {
                    out.words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
                i += 2;
                let strip_tabs = chars.get(i) == Some(&'-');
                if strip_tabs {
                    i += 1;
                }
                while matches!(chars.get(i), Some(' ') | Some('\t')) {
                    i += 1;
                }
                let (mut delim, mut expand) = (String::new(), true);
                while let Some(ch) = chars.get(i) {
                    match ch {
                        ' ' | '\t' => break,
                        '\'' | '"' | '\\' => expand = false,
                        c => delim.push(*c),
                    }
                    i += 1;
                }
                if delim.is_empty() {
                    return Err("syntax error near unexpected token `newline'".into());
                }
                out.heredoc = Some(Heredoc { delimiter: delim, strip_tabs, expand });
            }
            '|' | ';' | '&' | '>' | '<' => {
                let op: String = if matches!(chars.get(i + 1), Some('|') | Some('&') | Some('>')) && chars[i + 1] == c || (c == '&' && chars.get(i + 1) == Some(&'&')) {
                    chars[i..i + 2].iter().collect()
                } else {
                    c.to_string()
                };
                return Err(format!("{}`{}'", UNSUPPORTED, op));
            }
            _ => {
                in_word = true;
                cur.push(c);
                i += 1;
            }
        }
    }
    if in_word {
        out.words.push(cur);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        split(s).unwrap().words
    }

    #[test]
    fn quoting_like_bash() {
        assert_eq!(w("kubectl get pods -l 'app in (a,b)'"), vec!["kubectl", "get", "pods", "-l", "app in (a,b)"]);
        assert_eq!(w(r#"echo "a \"b\" $x" c\ d"#), vec!["echo", "a \"b\" $x", "c d"]);
        assert_eq!(w("kubectl get pods # list them"), vec!["kubectl", "get", "pods"]);
        assert_eq!(w("  "), Vec::<String>::new());
        assert!(split("echo 'open").is_err());
        assert!(split("kubectl get pods | grep x").is_err());
    }

    #[test]
    fn heredocs() {
        let l = split("kubectl apply -f - <<EOF").unwrap();
        assert_eq!(l.words, vec!["kubectl", "apply", "-f", "-"]);
        assert_eq!(l.heredoc, Some(Heredoc { delimiter: "EOF".into(), strip_tabs: false, expand: true }));
        let l = split("cat <<-'END'").unwrap();
        assert_eq!(l.heredoc, Some(Heredoc { delimiter: "END".into(), strip_tabs: true, expand: false }));
    }
}
