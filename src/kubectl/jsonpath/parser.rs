//! The JSONPath template parser (client-go `util/jsonpath/parser.go`): the node tree and
//! upstream's parse errors.

use super::MAX_DEPTH;

/// An array subscript bound: `[start:end:step]`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Param {
    pub known: bool,
    pub value: i64,
    /// `end` of a plain index `[i]`, derived as `i+1`.
    pub derived: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    List(Vec<Node>),
    Text(String),
    Field(String),
    Array([Param; 3]),
    Filter { left: Vec<Node>, right: Vec<Node>, op: String },
    Int(i64),
    Float(f64),
    Bool(bool),
    Wildcard,
    Recursive,
    Union(Vec<Vec<Node>>),
    Identifier(String),
}

pub(super) struct Parser<'a> {
    pub(super) input: &'a str,
    pub(super) pos: usize,
    pub(super) start: usize,
    pub(super) width: usize,
    pub(super) depth: usize,
}

/// The end of the input, as upstream's `eof` rune.
const EOF: Option<char> = None;

fn is_terminator(r: Option<char>) -> bool {
    matches!(r, None | Some(' ' | '\t' | '\r' | '\n' | '.' | ',' | '[' | ']' | '$' | '@' | '{' | '}'))
}

fn is_digit(r: Option<char>) -> bool {
    r.is_some_and(|r| r.is_ascii_digit() || (!r.is_ascii() && r.is_numeric()))
}

fn is_alphanumeric(r: Option<char>) -> bool {
    r.is_some_and(|c| c == '_' || c.is_alphabetic()) || is_digit(r)
}

/// Go's `%#U`: `U+007E '~'`.
fn sharp_u(r: char) -> String {
    let code = format!("U+{:04X}", r as u32);
    if r.is_control() || (r.is_whitespace() && r != ' ') {
        code
    } else {
        format!("{} '{}'", code, r)
    }
}

impl<'a> Parser<'a> {
    fn next(&mut self) -> Option<char> {
        match self.input[self.pos..].chars().next() {
            None => {
                self.width = 0;
                EOF
            }
            Some(c) => {
                self.width = c.len_utf8();
                self.pos += self.width;
                Some(c)
            }
        }
    }
    fn peek(&mut self) -> Option<char> {
        let r = self.next();
        self.backup();
        r
    }
    fn backup(&mut self) {
        self.pos -= self.width;
    }
    fn consume(&mut self) -> &'a str {
        let v = &self.input[self.start..self.pos];
        self.start = self.pos;
        v
    }
    /// The byte two before the current position (what upstream checks for a backslash).
    fn byte_before_last(&self) -> u8 {
        if self.pos >= 2 {
            self.input.as_bytes()[self.pos - 2]
        } else {
            0
        }
    }

    /// `Parse`: text and actions, into the root list.
    pub(super) fn parse(&mut self) -> Result<Vec<Node>, String> {
        let mut root = Vec::new();
        loop {
            if self.input[self.pos..].starts_with('{') {
                if self.pos > self.start {
                    root.push(Node::Text(self.consume().to_string()));
                }
                self.pos += 1;
                self.consume();
                let mut list = Vec::new();
                self.parse_inside_action(&mut list)?;
                root.push(Node::List(list));
                continue;
            }
            if self.next().is_none() {
                break;
            }
        }
        if self.pos > self.start {
            root.push(Node::Text(self.consume().to_string()));
        }
        Ok(root)
    }

    /// `parseAction`: parses `{text}` on its own and returns the action's nodes.
    fn parse_action(&self, text: &str) -> Result<Vec<Node>, String> {
        if self.depth >= MAX_DEPTH {
            return Err("jsonpath template nests too deeply".into());
        }
        let wrapped = format!("{{{}}}", text);
        let mut p = Parser { input: &wrapped, pos: 0, start: 0, width: 0, depth: self.depth + 1 };
        match p.parse()?.into_iter().next() {
            Some(Node::List(nodes)) => Ok(nodes),
            _ => Ok(Vec::new()),
        }
    }

    fn parse_inside_action(&mut self, cur: &mut Vec<Node>) -> Result<(), String> {
        loop {
            let rest = &self.input[self.pos..];
            if rest.starts_with('}') {
                self.pos += 1;
                self.consume();
                return Ok(());
            }
            if rest.starts_with("[?(") {
                self.parse_filter(cur)?;
                continue;
            }
            if rest.starts_with("..") {
                self.parse_recursive(cur)?;
                continue;
            }
            let r = self.next();
            match r {
                None | Some('\r' | '\n') => return Err("unclosed action".into()),
                Some(' ' | '@' | '$') => {
                    self.consume();
                }
                Some('[') => self.parse_array(cur)?,
                Some(q @ ('"' | '\'')) => self.parse_quote(cur, q)?,
                Some('.') => self.parse_field(cur),
                Some('+' | '-') => {
                    self.backup();
                    self.parse_number(cur)?;
                }
                r if is_digit(r) => {
                    self.backup();
                    self.parse_number(cur)?;
                }
                r if is_alphanumeric(r) => {
                    self.backup();
                    self.parse_identifier(cur);
                }
                Some(r) => return Err(format!("unrecognized character in action: {}", sharp_u(r))),
            }
        }
    }

    fn parse_identifier(&mut self, cur: &mut Vec<Node>) {
        loop {
            let r = self.next();
            if is_terminator(r) {
                self.backup();
                break;
            }
        }
        let value = self.consume();
        cur.push(match value {
            "true" => Node::Bool(true),
            "false" => Node::Bool(false),
            v => Node::Identifier(v.to_string()),
        });
    }

    fn parse_recursive(&mut self, cur: &mut Vec<Node>) -> Result<(), String> {
        if cur.last() == Some(&Node::Recursive) {
            return Err("invalid multiple recursive descent".into());
        }
        self.pos += 2;
        self.consume();
        cur.push(Node::Recursive);
        let r = self.peek();
        if is_alphanumeric(r) {
            self.parse_field(cur);
        }
        Ok(())
    }

    fn parse_number(&mut self, cur: &mut Vec<Node>) -> Result<(), String> {
        let r = self.peek();
        if r == Some('+') || r == Some('-') {
            self.next();
        }
        loop {
            let r = self.next();
            if r != Some('.') && !is_digit(r) {
                self.backup();
                break;
            }
        }
        let value = self.consume();
        if let Ok(i) = value.parse::<i64>() {
            cur.push(Node::Int(i));
        } else if let Some(f) = parse_go_float(value) {
            cur.push(Node::Float(f));
        } else {
            return Err(format!("cannot parse number {}", value));
        }
        Ok(())
    }

    fn parse_array(&mut self, cur: &mut Vec<Node>) -> Result<(), String> {
        loop {
            match self.next() {
                None | Some('\n') => return Err("unterminated array".into()),
                Some(']') => break,
                _ => {}
            }
        }
        let text = self.consume();
        let mut text = &text[1..text.len() - 1];
        if text == "*" {
            text = ":";
        }
        let parts: Vec<&str> = text.split(',').collect();
        if parts.len() > 1 {
            let mut union = Vec::new();
            for s in parts {
                union.push(self.parse_action(&format!("[{}]", s.trim_matches(' ')))?);
            }
            cur.push(Node::Union(union));
            return Ok(());
        }
        // A dictionary key: ['key'].
        if text.len() >= 2 && text.starts_with('\'') && text.ends_with('\'') && !text[1..text.len() - 1].contains('\'') {
            let nodes = self.parse_action(&format!(".{}", &text[1..text.len() - 1]))?;
            cur.extend(nodes);
            return Ok(());
        }
        let groups = slice_groups(text).ok_or_else(|| format!("invalid array index {}", text))?;
        let mut params = [Param { known: false, value: 0, derived: false }; 3];
        for i in 0..3 {
            let g = groups[i];
            if !g.is_empty() {
                let g = if i > 0 { &g[1..] } else { g };
                if i > 0 && g.is_empty() {
                    params[i].known = false;
                } else {
                    params[i].known = true;
                    params[i].value = g.parse::<i64>().map_err(|_| format!("array index {} is not a number", g))?;
                }
            } else if i == 1 {
                params[i] = Param { known: true, value: params[0].value.wrapping_add(1), derived: true };
            } else {
                params[i] = Param { known: false, value: 0, derived: false };
            }
        }
        cur.push(Node::Array(params));
        Ok(())
    }

    fn parse_filter(&mut self, cur: &mut Vec<Node>) -> Result<(), String> {
        self.pos += 3;
        self.consume();
        let (mut begin, mut end) = (false, false);
        let mut pair = None;
        loop {
            let r = self.next();
            match r {
                None | Some('\n') => return Err("unterminated filter".into()),
                Some('"' | '\'') => {
                    if !begin {
                        begin = true;
                        pair = r;
                        continue;
                    }
                    if self.byte_before_last() != b'\\' && r == pair {
                        end = true;
                    }
                }
                Some(')') if begin == end => break,
                _ => {}
            }
        }
        if self.next() != Some(']') {
            return Err("unclosed array expect ]".into());
        }
        let text = self.consume();
        let text = &text[..text.len() - 2];
        match split_comparison(text) {
            None => {
                let left = self.parse_action(text)?;
                cur.push(Node::Filter { left, right: Vec::new(), op: "exists".into() });
            }
            Some((l, op, r)) => {
                let left = self.parse_action(l)?;
                let right = self.parse_action(r)?;
                cur.push(Node::Filter { left, right, op: op.to_string() });
            }
        }
        Ok(())
    }

    fn parse_quote(&mut self, cur: &mut Vec<Node>, end: char) -> Result<(), String> {
        loop {
            let r = self.next();
            if r.is_none() || r == Some('\n') {
                return Err("unterminated quoted string".into());
            }
            if r == Some(end) && self.byte_before_last() != b'\\' {
                break;
            }
        }
        let value = self.consume();
        let s = unquote_extend(value).map_err(|e| format!("unquote string {} error {}", value, e))?;
        cur.push(Node::Text(s));
        Ok(())
    }

    fn parse_field(&mut self, cur: &mut Vec<Node>) {
        self.consume();
        loop {
            let r = self.next();
            if r == Some('\\') {
                self.next();
            } else if is_terminator(r) {
                self.backup();
                break;
            }
        }
        let value = self.consume();
        if value == "*" {
            cur.push(Node::Wildcard);
        } else {
            cur.push(Node::Field(value.replace('\\', "")));
        }
    }
}

/// Go's `strconv.ParseFloat` on what `parseNumber` collects (signs, digits and dots).
fn parse_go_float(s: &str) -> Option<f64> {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_digit() || b == b'.') || body.bytes().filter(|b| *b == b'.').count() > 1 || body == "." {
        return None;
    }
    decfloat::parse(s).filter(|f| f.is_finite())
}

/// `^(-?[\d]*)(:-?[\d]*)?(:-?[\d]*)?$`: the three groups ("" when absent), or None.
fn slice_groups(text: &str) -> Option<[&str; 3]> {
    let b = text.as_bytes();
    let mut i = 0;
    let mut groups = [""; 3];
    for (g, group) in groups.iter_mut().enumerate() {
        let begin = i;
        if g > 0 {
            if i >= b.len() || b[i] != b':' {
                break;
            }
            i += 1;
        }
        if i < b.len() && b[i] == b'-' {
            i += 1;
        }
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        *group = &text[begin..i];
    }
    (i == b.len()).then_some(groups)
}

/// `^([^!<>=]+)([!<>=]+)(.+?)$` on a filter's text.
fn split_comparison(text: &str) -> Option<(&str, &str, &str)> {
    let special = |c: char| matches!(c, '!' | '<' | '>' | '=');
    let i = text.find(special)?;
    if i == 0 || text.contains('\n') {
        return None;
    }
    let run = text[i..].find(|c: char| !special(c)).map_or(text.len(), |n| i + n);
    if run < text.len() {
        return Some((&text[..i], &text[i..run], &text[run..]));
    }
    if run - i >= 2 {
        return Some((&text[..i], &text[i..run - 1], &text[run - 1..]));
    }
    None
}

fn unhex(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// `UnquoteExtend`: Go's `strconv.Unquote` for single- or double-quoted strings.
fn unquote_extend(s: &str) -> Result<String, &'static str> {
    const SYNTAX: &str = "invalid syntax";
    let b = s.as_bytes();
    let n = b.len();
    if n < 2 || b[0] != b[n - 1] || (b[0] != b'"' && b[0] != b'\'') {
        return Err(SYNTAX);
    }
    let quote = b[0];
    let inner = &s[1..n - 1];
    if !inner.contains('\\') && !inner.as_bytes().contains(&quote) {
        return Ok(inner.to_string());
    }
    let mut out: Vec<u8> = Vec::new();
    let mut rest = inner.as_bytes();
    while !rest.is_empty() {
        let c = rest[0];
        if c == quote {
            return Err(SYNTAX);
        }
        if c >= 0x80 {
            // Escapes consume ASCII only, so `rest` starts on a character boundary.
            let w = std::str::from_utf8(rest).ok().and_then(|t| t.chars().next()).map_or(1, char::len_utf8);
            out.extend_from_slice(&rest[..w]);
            rest = &rest[w..];
            continue;
        }
        if c != b'\\' {
            out.push(c);
            rest = &rest[1..];
            continue;
        }
        if rest.len() <= 1 {
            return Err(SYNTAX);
        }
        let e = rest[1];
        rest = &rest[2..];
        match e {
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'x' | b'u' | b'U' => {
                let k = match e {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                if rest.len() < k {
                    return Err(SYNTAX);
                }
                let mut v: u32 = 0;
                for &h in &rest[..k] {
                    v = (v << 4) | unhex(h).ok_or(SYNTAX)?;
                }
                rest = &rest[k..];
                if e == b'x' {
                    out.push(v as u8);
                } else {
                    let ch = char::from_u32(v).ok_or(SYNTAX)?;
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
            }
            b'0'..=b'7' => {
                if rest.len() < 2 {
                    return Err(SYNTAX);
                }
                let mut v = (e - b'0') as u32;
                for &d in &rest[..2] {
                    if !(b'0'..=b'7').contains(&d) {
                        return Err(SYNTAX);
                    }
                    v = (v << 3) | (d - b'0') as u32;
                }
                rest = &rest[2..];
                if v > 255 {
                    return Err(SYNTAX);
                }
                out.push(v as u8);
            }
            b'\\' => out.push(b'\\'),
            b'\'' | b'"' => {
                if e != quote {
                    return Err(SYNTAX);
                }
                out.push(e);
            }
            _ => return Err(SYNTAX),
        }
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}
