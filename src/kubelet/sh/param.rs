//! Parameter expansion inside `${…}`, as busybox ash and dash do it (POSIX 2.6.2): `${#x}` (the
//! length), `${x-w}` / `${x:-w}` (a default), `${x=w}` / `${x:=w}` (a default, assigned),
//! `${x+w}` / `${x:+w}` (an alternative), `${x?w}` / `${x:?w}` (an error when unset), and
//! `${x#p}` / `${x##p}` / `${x%p}` / `${x%%p}` (the shortest or longest match of a pattern
//! removed from the front or the back). With `:`, an empty value counts as unset.

use super::parse::{Lexer, Part, Word};
use super::{glob, Proc, Sys};

/// What a `${…}` does with its variable's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Param {
    Length,
    /// `-`, `=`, `+` or `?`, whether with `:`, and the word.
    Test { op: u8, colon: bool, word: Word },
    /// `#`/`##` (from the front) or `%`/`%%` (from the back), and the pattern.
    Trim { suffix: bool, longest: bool, word: Word },
}

/// What a `${…}` gives: text, or its word (a default or an alternative), whose own quoting
/// decides how it splits into fields.
pub enum Expansion {
    Text(String),
    Word(Word),
}

/// The inside of `${…}`.
pub fn parse(inner: &str, quoted: bool) -> Result<Part, String> {
    let bad = || format!("syntax error: bad substitution ${{{}}}", inner);
    let name_len = |s: &str| match s.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'_').count() {
        0 => s.chars().next().map_or(0, char::len_utf8),
        n => n,
    };
    if let Some(name) = inner.strip_prefix('#').filter(|n| !n.is_empty() && name_len(n) == n.len()) {
        return Ok(Part::Var { name: name.to_string(), quoted, op: Some(Param::Length) });
    }
    let (name, rest) = inner.split_at(name_len(inner));
    if name.is_empty() {
        return Err(bad());
    }
    let word = |text: &str| Lexer::new(text).word_until_end(quoted);
    // A pattern is a pattern even inside double quotes: only its own quotes make text literal.
    let pattern = |text: &str| Lexer::new(text).word_until_end(false);
    let op = if rest.is_empty() {
        None
    } else if let Some(w) = rest.strip_prefix("##").or_else(|| rest.strip_prefix("%%")) {
        Some(Param::Trim { suffix: rest.starts_with('%'), longest: true, word: pattern(w)? })
    } else if let Some(w) = rest.strip_prefix('#').or_else(|| rest.strip_prefix('%')) {
        Some(Param::Trim { suffix: rest.starts_with('%'), longest: false, word: pattern(w)? })
    } else {
        let (colon, r) = match rest.strip_prefix(':') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        match r.as_bytes().first() {
            Some(&op) if matches!(op, b'-' | b'=' | b'+' | b'?') => Some(Param::Test { op, colon, word: word(&r[1..])? }),
            _ => return Err(bad()),
        }
    };
    Ok(Part::Var { name: name.to_string(), quoted, op })
}

impl Proc {
    /// What `${name…}` expands to. `${x?…}` on an unset `x` prints the shell's error and marks
    /// the expansion failed (the command is not run).
    pub(super) fn param(&mut self, name: &str, op: Option<&Param>, sys: &mut Sys) -> Expansion {
        let value = self.var(name);
        let Some(op) = op else { return Expansion::Text(value.unwrap_or_default()) };
        Expansion::Text(match op {
            Param::Length => value.map_or(0, |v| v.chars().count()).to_string(),
            Param::Test { op, colon, word } => {
                let set = value.as_ref().is_some_and(|v| !*colon || !v.is_empty());
                match (op, set) {
                    // The word goes in place, with its own quotes.
                    (b'+', true) | (b'-', false) => return Expansion::Word(word.clone()),
                    (b'+', false) => String::new(),
                    (_, true) => value.unwrap_or_default(),
                    (b'=', _) => {
                        let v = self.expand(word, sys).join(" ");
                        if name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
                            self.vars.insert(name.to_string(), v.clone());
                        } else {
                            sys.out.push_str(&format!("{}: ${}: cannot assign in this way\n", if sys.host.is_some() { "bash" } else { "sh" }, name));
                            self.expansion_failed = true;
                        }
                        v
                    }
                    _ => {
                        let said = self.expand(word, sys).join(" ");
                        // The learner's shell is bash; the containers' is busybox ash.
                        let bash = sys.host.is_some();
                        let msg = match (said.is_empty(), colon, bash) {
                            (false, _, _) => said,
                            (true, true, true) => "parameter null or not set".to_string(),
                            (true, true, false) => "parameter not set or null".to_string(),
                            (true, false, _) => "parameter not set".to_string(),
                        };
                        sys.out.push_str(&format!("{}: {}: {}\n", if bash { "bash" } else { "sh" }, name, msg));
                        self.expansion_failed = true;
                        String::new()
                    }
                }
            }
            Param::Trim { suffix, longest, word } => {
                let v = value.unwrap_or_default();
                // The pattern's quoted parts match themselves.
                let pattern: Vec<char> = self.expand_fields(word, sys).into_iter().map(|(f, p)| p.unwrap_or_else(|| glob::escape(&f))).collect::<Vec<_>>().join(" ").chars().collect();
                let chars: Vec<char> = v.chars().collect();
                let n = chars.len();
                let mut lengths: Vec<usize> = (0..=n).collect();
                if *longest {
                    lengths.reverse();
                }
                for k in lengths {
                    let (piece, kept) = if *suffix { (&chars[n - k..], &chars[..n - k]) } else { (&chars[..k], &chars[k..]) };
                    if glob::matches(&pattern, piece) {
                        return Expansion::Text(kept.iter().collect());
                    }
                }
                v
            }
        })
    }
}
