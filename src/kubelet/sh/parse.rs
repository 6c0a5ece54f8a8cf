//! The shell language of container commands (`sh -c '…'`), as busybox ash and dash accept it:
//! words with quotes and `$VAR`/`${VAR:-x}` (and the rest of `param`)/`$(…)`/`$((…))` expansions, pipelines, `&&`/`||`,
//! redirections, `if`/`while`/`until`/`for`/`{ }`/`( )`, `break`/`continue`. Scripts compile to
//! a flat program of jumps, so a process can stop at any `sleep` and resume later in cluster time.

/// One piece of a word.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// Literal text (from quotes or escapes when `quoted`): never split.
    Lit(String, bool),
    /// `$name`, `${name}`, `${name…}` (`:-default`, `#pattern`, …: see `param`), `$?`, `$$`,
    /// `$#`, `$1`.
    Var { name: String, quoted: bool, op: Option<super::param::Param> },
    /// `$((expr))`
    Arith(String),
    /// `$(script)` or `` `script` ``
    Sub(String, bool),
}

pub type Word = Vec<Part>;

#[derive(Clone, Debug, PartialEq)]
pub enum Redir {
    /// `> f`, `>> f`, `< f`, `2> f`, `2>&1`, `>&2`
    Out { fd: u8, append: bool, target: Word },
    In(Word),
    Dup { fd: u8, to: u8 },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Simple {
    pub assigns: Vec<(String, Word)>,
    pub words: Vec<Word>,
    pub redirs: Vec<Redir>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pipeline {
    pub cmds: Vec<Simple>,
    pub negate: bool,
    pub background: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    Run(Pipeline),
    /// Jump when the last status is non-zero / zero.
    JumpIfFail(usize),
    JumpIfOk(usize),
    Jump(usize),
    /// Starts a `for` loop: the words are expanded and pushed as the loop's list.
    ForStart(Vec<Word>),
    /// Assigns the next value to the variable, or pops the loop and jumps past it.
    ForNext { var: String, end: usize },
    /// Leaves a `for` loop early (`break` out of it).
    ForPop,
    /// Sets `$?`.
    Status(i32),
    /// `!` applied to the status of a compound command.
    Negate,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Word(Word, String),
    Op(&'static str),
    Newline,
}

const OPS: &[&str] = &["&&", "||", ";;", ">>", "2>&1", ">&2", "2>", "&", "|", ";", "(", ")", "<", ">"];

pub(super) struct Lexer<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Lexer<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Lexer { s: text.as_bytes(), i: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    /// Text up to the matching close of a `$(`/`$((`/`${` opened just before `i`.
    fn balanced(&mut self, open: u8, close: u8) -> Result<String, String> {
        let start = self.i;
        let mut depth = 1;
        let mut quote: Option<u8> = None;
        while let Some(c) = self.peek() {
            self.i += 1;
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(b'"'), b'\\') => self.i += 1,
                (Some(_), _) => {}
                (None, b'\'' | b'"') => quote = Some(c),
                (None, b'\\') => self.i += 1,
                (None, c) if c == open => depth += 1,
                (None, c) if c == close => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(String::from_utf8_lossy(&self.s[start..self.i - 1]).into_owned());
                    }
                }
                _ => {}
            }
        }
        Err(format!("syntax error: unterminated {}", open as char))
    }

    /// A `$…` expansion, with `i` just past the `$`.
    fn dollar(&mut self, quoted: bool) -> Result<Part, String> {
        match self.peek() {
            Some(b'(') if self.s.get(self.i + 1) == Some(&b'(') => {
                self.i += 2;
                let inner = self.balanced(b'(', b')')?;
                // The second closing parenthesis.
                if self.peek() == Some(b')') {
                    self.i += 1;
                }
                Ok(Part::Arith(inner))
            }
            Some(b'(') => {
                self.i += 1;
                Ok(Part::Sub(self.balanced(b'(', b')')?, quoted))
            }
            Some(b'{') => {
                self.i += 1;
                let inner = self.balanced(b'{', b'}')?;
                super::param::parse(&inner, quoted)
            }
            Some(c) if matches!(c, b'?' | b'$' | b'#' | b'!' | b'@' | b'*') || c.is_ascii_digit() => {
                self.i += 1;
                Ok(Part::Var { name: (c as char).to_string(), quoted, op: None })
            }
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => {
                let start = self.i;
                while self.peek().is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_') {
                    self.i += 1;
                }
                Ok(Part::Var { name: String::from_utf8_lossy(&self.s[start..self.i]).into_owned(), quoted, op: None })
            }
            _ => Ok(Part::Lit("$".into(), quoted)),
        }
    }

    /// The whole remaining input as one word (a `${x:-default}` default): with its quotes, or
    /// inside double quotes (`"${x:-a b}"`) as quoted text where only `$` expands.
    pub(super) fn word_until_end(&mut self, quoted: bool) -> Result<Word, String> {
        if !quoted {
            return self.word(true);
        }
        let mut parts = Vec::new();
        let mut lit = String::new();
        while let Some(c) = self.peek() {
            if c == b'$' {
                self.i += 1;
                push_lit(&mut parts, &mut lit, true);
                parts.push(self.dollar(true)?);
            } else {
                lit.push_str(&self.char_here());
            }
        }
        push_lit(&mut parts, &mut lit, true);
        Ok(parts)
    }

    fn next(&mut self) -> Result<Option<Tok>, String> {
        // Blanks, comments and line continuations.
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\r') => self.i += 1,
                Some(b'\\') if self.s.get(self.i + 1) == Some(&b'\n') => self.i += 2,
                Some(b'#') => {
                    while self.peek().is_some_and(|c| c != b'\n') {
                        self.i += 1;
                    }
                }
                _ => break,
            }
        }
        let Some(c) = self.peek() else { return Ok(None) };
        if c == b'\n' {
            self.i += 1;
            return Ok(Some(Tok::Newline));
        }
        let rest = &self.s[self.i..];
        if let Some(op) = OPS.iter().find(|op| rest.starts_with(op.as_bytes())) {
            self.i += op.len();
            return Ok(Some(Tok::Op(op)));
        }
        let start = self.i;
        let parts = self.word(false)?;
        let raw = String::from_utf8_lossy(&self.s[start..self.i]).into_owned();
        Ok(Some(Tok::Word(parts, raw)))
    }

    /// One word: quotes, escapes and expansions, up to a blank or an operator (or, `to_end`,
    /// the end of the text).
    fn word(&mut self, to_end: bool) -> Result<Word, String> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        while let Some(c) = self.peek() {
            if !to_end && matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b';' | b'&' | b'|' | b'(' | b')' | b'<' | b'>') {
                break;
            }
            self.i += 1;
            match c {
                b'\'' => {
                    push_lit(&mut parts, &mut lit, false);
                    let s = self.i;
                    while self.peek().is_some_and(|c| c != b'\'') {
                        self.i += 1;
                    }
                    if self.peek().is_none() {
                        return Err("syntax error: unterminated quoted string".into());
                    }
                    parts.push(Part::Lit(String::from_utf8_lossy(&self.s[s..self.i]).into_owned(), true));
                    self.i += 1;
                }
                b'"' => {
                    push_lit(&mut parts, &mut lit, false);
                    let mut q = String::new();
                    // An empty "" still makes a (empty) field.
                    parts.push(Part::Lit(String::new(), true));
                    loop {
                        match self.peek() {
                            None => return Err("syntax error: unterminated quoted string".into()),
                            Some(b'"') => {
                                self.i += 1;
                                break;
                            }
                            Some(b'\\') if matches!(self.s.get(self.i + 1), Some(b'"' | b'\\' | b'$' | b'`')) => {
                                q.push(self.s[self.i + 1] as char);
                                self.i += 2;
                            }
                            Some(b'$') => {
                                self.i += 1;
                                push_lit(&mut parts, &mut q, true);
                                parts.push(self.dollar(true)?);
                            }
                            Some(b'`') => {
                                self.i += 1;
                                push_lit(&mut parts, &mut q, true);
                                parts.push(Part::Sub(self.backtick()?, true));
                            }
                            Some(_) => {
                                let ch = self.char_here();
                                q.push_str(&ch);
                            }
                        }
                    }
                    push_lit(&mut parts, &mut q, true);
                }
                b'\\' => {
                    push_lit(&mut parts, &mut lit, false);
                    if self.peek().is_some() {
                        let ch = self.char_here();
                        parts.push(Part::Lit(ch, true));
                    }
                }
                b'$' => {
                    push_lit(&mut parts, &mut lit, false);
                    parts.push(self.dollar(false)?);
                }
                b'`' => {
                    push_lit(&mut parts, &mut lit, false);
                    parts.push(Part::Sub(self.backtick()?, false));
                }
                _ => {
                    self.i -= 1;
                    let ch = self.char_here();
                    lit.push_str(&ch);
                }
            }
        }
        push_lit(&mut parts, &mut lit, false);
        Ok(parts)
    }

    /// One UTF-8 character at `i`, consumed.
    fn char_here(&mut self) -> String {
        let len = match self.s[self.i] {
            b if b < 0x80 => 1,
            b if b >= 0xf0 => 4,
            b if b >= 0xe0 => 3,
            _ => 2,
        };
        let end = (self.i + len).min(self.s.len());
        let ch = String::from_utf8_lossy(&self.s[self.i..end]).into_owned();
        self.i = end;
        ch
    }

    fn backtick(&mut self) -> Result<String, String> {
        let s = self.i;
        while self.peek().is_some_and(|c| c != b'`') {
            self.i += 1;
        }
        if self.peek().is_none() {
            return Err("syntax error: unterminated `".into());
        }
        self.i += 1;
        Ok(String::from_utf8_lossy(&self.s[s..self.i - 1]).into_owned())
    }
}

fn push_lit(parts: &mut Word, lit: &mut String, quoted: bool) {
    if !lit.is_empty() {
        parts.push(Part::Lit(std::mem::take(lit), quoted));
    }
}

fn tokens(script: &str) -> Result<Vec<Tok>, String> {
    let mut lx = Lexer { s: script.as_bytes(), i: 0 };
    let mut out = Vec::new();
    while let Some(t) = lx.next()? {
        out.push(t);
    }
    Ok(out)
}

/// A plain word's text, if it has no quoting or expansion (keywords must be plain).
fn plain(w: &Word) -> Option<&str> {
    match w.as_slice() {
        [Part::Lit(s, false)] => Some(s),
        _ => None,
    }
}

const KEYWORDS: &[&str] = &["then", "else", "elif", "fi", "do", "done", "}", "esac", "in"];

struct Compiler {
    toks: Vec<Tok>,
    i: usize,
    code: Vec<Op>,
    /// Open loops: (continue target, `break` jumps to patch, whether it is a `for`).
    loops: Vec<(usize, Vec<usize>, bool)>,
}

impl Compiler {
    fn peek_word(&self) -> Option<&str> {
        match self.toks.get(self.i) {
            Some(Tok::Word(w, _)) => plain(w),
            _ => None,
        }
    }

    fn at_op(&self, op: &str) -> bool {
        matches!(self.toks.get(self.i), Some(Tok::Op(o)) if *o == op)
    }

    fn skip_newlines(&mut self) {
        while matches!(self.toks.get(self.i), Some(Tok::Newline) | Some(Tok::Op(";"))) {
            self.i += 1;
        }
    }

    fn expect_word(&mut self, kw: &str) -> Result<(), String> {
        self.skip_newlines();
        if self.peek_word() == Some(kw) {
            self.i += 1;
            Ok(())
        } else {
            Err(format!("syntax error: {}", self.unexpected()))
        }
    }

    fn unexpected(&self) -> String {
        match self.toks.get(self.i) {
            None => "unexpected end of file".into(),
            Some(Tok::Newline) => "unexpected newline".into(),
            Some(Tok::Op(o)) => format!("unexpected \"{}\"", o),
            Some(Tok::Word(_, raw)) => format!("unexpected \"{}\"", raw),
        }
    }

    /// A list of and-or lists, up to one of the `stop` keywords (or the end, or `)`).
    fn list(&mut self, stop: &[&str]) -> Result<(), String> {
        loop {
            self.skip_newlines();
            match self.toks.get(self.i) {
                None => return Ok(()),
                Some(Tok::Op(")")) => return Ok(()),
                _ => {}
            }
            if self.peek_word().is_some_and(|w| stop.contains(&w)) {
                return Ok(());
            }
            if let Some(w) = self.peek_word().filter(|w| KEYWORDS.contains(w)) {
                return Err(format!("syntax error: unexpected \"{}\"", w));
            }
            self.and_or()?;
        }
    }

    fn and_or(&mut self) -> Result<(), String> {
        self.pipeline()?;
        loop {
            let jump = if self.at_op("&&") {
                Op::JumpIfFail(0)
            } else if self.at_op("||") {
                Op::JumpIfOk(0)
            } else {
                return Ok(());
            };
            self.i += 1;
            while matches!(self.toks.get(self.i), Some(Tok::Newline)) {
                self.i += 1;
            }
            let at = self.code.len();
            self.code.push(jump);
            self.pipeline()?;
            let end = self.code.len();
            match &mut self.code[at] {
                Op::JumpIfFail(t) | Op::JumpIfOk(t) => *t = end,
                _ => unreachable!(),
            }
        }
    }

    fn pipeline(&mut self) -> Result<(), String> {
        let negate = self.peek_word() == Some("!");
        if negate {
            self.i += 1;
        }
        if let Some(kw) = self.peek_word().filter(|w| matches!(*w, "if" | "while" | "until" | "for" | "{" | "break" | "continue")) {
            let kw = kw.to_string();
            self.i += 1;
            self.compound(&kw)?;
            self.redirect_tail()?;
            if negate {
                self.code.push(Op::Negate);
            }
            return Ok(());
        }
        if self.at_op("(") {
            self.i += 1;
            self.list(&[])?;
            if !self.at_op(")") {
                return Err(format!("syntax error: {}", self.unexpected()));
            }
            self.i += 1;
            if negate {
                self.code.push(Op::Negate);
            }
            return Ok(());
        }
        let mut cmds = vec![self.simple()?];
        while self.at_op("|") {
            self.i += 1;
            while matches!(self.toks.get(self.i), Some(Tok::Newline)) {
                self.i += 1;
            }
            cmds.push(self.simple()?);
        }
        let background = self.at_op("&");
        if background {
            self.i += 1;
        }
        self.code.push(Op::Run(Pipeline { cmds, negate, background }));
        Ok(())
    }

    /// Redirections after a compound command are accepted and ignored (`done > /dev/null`).
    fn redirect_tail(&mut self) -> Result<(), String> {
        let mut s = Simple::default();
        while self.redirect(&mut s)? {}
        Ok(())
    }

    fn redirect(&mut self, s: &mut Simple) -> Result<bool, String> {
        let op = match self.toks.get(self.i) {
            Some(Tok::Op(o)) if matches!(*o, ">" | ">>" | "<" | "2>" | "2>&1" | ">&2") => *o,
            _ => return Ok(false),
        };
        self.i += 1;
        match op {
            "2>&1" => s.redirs.push(Redir::Dup { fd: 2, to: 1 }),
            ">&2" => s.redirs.push(Redir::Dup { fd: 1, to: 2 }),
            _ => {
                let Some(Tok::Word(w, _)) = self.toks.get(self.i).cloned() else {
                    return Err(format!("syntax error: {}", self.unexpected()));
                };
                self.i += 1;
                s.redirs.push(match op {
                    "<" => Redir::In(w),
                    ">>" => Redir::Out { fd: 1, append: true, target: w },
                    "2>" => Redir::Out { fd: 2, append: false, target: w },
                    _ => Redir::Out { fd: 1, append: false, target: w },
                });
            }
        }
        Ok(true)
    }

    fn simple(&mut self) -> Result<Simple, String> {
        let mut s = Simple::default();
        loop {
            if self.redirect(&mut s)? {
                continue;
            }
            match self.toks.get(self.i) {
                Some(Tok::Word(w, _)) => {
                    let w = w.clone();
                    self.i += 1;
                    if s.words.is_empty() {
                        if let Some((name, value)) = assignment(&w) {
                            s.assigns.push((name, value));
                            continue;
                        }
                    }
                    s.words.push(w);
                }
                _ => break,
            }
        }
        if s.words.is_empty() && s.assigns.is_empty() && s.redirs.is_empty() {
            return Err(format!("syntax error: {}", self.unexpected()));
        }
        Ok(s)
    }

    fn patch(&mut self, at: usize, to: usize) {
        match &mut self.code[at] {
            Op::JumpIfFail(t) | Op::JumpIfOk(t) | Op::Jump(t) => *t = to,
            Op::ForNext { end, .. } => *end = to,
            _ => unreachable!("not a jump"),
        }
    }

    fn compound(&mut self, kw: &str) -> Result<(), String> {
        match kw {
            "{" => {
                self.list(&["}"])?;
                self.expect_word("}")
            }
            "if" => {
                let mut ends = Vec::new();
                loop {
                    self.list(&["then"])?;
                    self.expect_word("then")?;
                    let test = self.code.len();
                    self.code.push(Op::JumpIfFail(0));
                    self.list(&["elif", "else", "fi"])?;
                    ends.push(self.code.len());
                    self.code.push(Op::Jump(0));
                    let here = self.code.len();
                    self.patch(test, here);
                    match self.peek_word() {
                        Some("elif") => {
                            self.i += 1;
                        }
                        Some("else") => {
                            self.i += 1;
                            self.list(&["fi"])?;
                            self.expect_word("fi")?;
                            break;
                        }
                        _ => {
                            self.expect_word("fi")?;
                            // No branch taken: `if` succeeds.
                            self.code.push(Op::Status(0));
                            break;
                        }
                    }
                }
                let end = self.code.len();
                for e in ends {
                    self.patch(e, end);
                }
                Ok(())
            }
            "while" | "until" => {
                let top = self.code.len();
                self.list(&["do"])?;
                self.expect_word("do")?;
                let exit = self.code.len();
                self.code.push(if kw == "while" { Op::JumpIfFail(0) } else { Op::JumpIfOk(0) });
                self.loops.push((top, Vec::new(), false));
                self.list(&["done"])?;
                self.expect_word("done")?;
                self.code.push(Op::Jump(top));
                let end = self.code.len();
                self.code.push(Op::Status(0));
                self.patch(exit, end);
                let (_, breaks, _) = self.loops.pop().expect("loop");
                for b in breaks {
                    self.patch(b, end);
                }
                Ok(())
            }
            "for" => {
                let var = match self.toks.get(self.i) {
                    Some(Tok::Word(w, raw)) if plain(w).is_some_and(is_name) => raw.clone(),
                    _ => return Err("syntax error: bad for loop variable".to_string()),
                };
                self.i += 1;
                let mut words = Vec::new();
                while matches!(self.toks.get(self.i), Some(Tok::Newline)) {
                    self.i += 1;
                }
                if self.peek_word() == Some("in") {
                    self.i += 1;
                    while let Some(Tok::Word(w, _)) = self.toks.get(self.i) {
                        if plain(w) == Some("do") {
                            break;
                        }
                        words.push(w.clone());
                        self.i += 1;
                    }
                } else {
                    words.push(vec![Part::Var { name: "@".into(), quoted: true, op: None }]);
                }
                self.expect_word("do")?;
                self.code.push(Op::ForStart(words));
                let top = self.code.len();
                self.code.push(Op::ForNext { var, end: 0 });
                self.loops.push((top, Vec::new(), true));
                self.list(&["done"])?;
                self.expect_word("done")?;
                self.code.push(Op::Jump(top));
                let end = self.code.len();
                self.patch(top, end);
                let (_, breaks, _) = self.loops.pop().expect("loop");
                // A `break` pops the loop's list itself, then lands past the end.
                for b in breaks {
                    self.patch(b, end);
                }
                Ok(())
            }
            "break" | "continue" => {
                // An optional count is accepted; only the innermost loop is left.
                if let Some(Tok::Word(w, _)) = self.toks.get(self.i) {
                    if plain(w).is_some_and(|s| s.parse::<u32>().is_ok()) {
                        self.i += 1;
                    }
                }
                let Some((top, _, is_for)) = self.loops.last().map(|l| (l.0, (), l.2)) else {
                    // Outside a loop it does nothing (ash prints nothing either).
                    self.code.push(Op::Status(0));
                    return Ok(());
                };
                if kw == "continue" {
                    self.code.push(Op::Jump(top));
                } else {
                    if is_for {
                        self.code.push(Op::ForPop);
                    }
                    let at = self.code.len();
                    self.code.push(Op::Jump(0));
                    self.loops.last_mut().expect("loop").1.push(at);
                }
                Ok(())
            }
            _ => unreachable!(),
        }
    }
}

pub fn is_name(s: &str) -> bool {
    !s.is_empty() && !s.as_bytes()[0].is_ascii_digit() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// `NAME=value` at the start of a simple command.
fn assignment(w: &Word) -> Option<(String, Word)> {
    let Some(Part::Lit(first, false)) = w.first() else { return None };
    let (name, rest) = first.split_once('=')?;
    if !is_name(name) {
        return None;
    }
    let mut value: Word = Vec::new();
    if !rest.is_empty() {
        value.push(Part::Lit(rest.to_string(), true));
    }
    // The value is not field-split: unquoted expansions in it count as quoted.
    value.extend(w[1..].iter().cloned().map(quoted));
    Some((name.to_string(), value))
}

/// A part as it would be inside double quotes: its expansion is not split into fields.
pub fn quoted(p: Part) -> Part {
    match p {
        Part::Lit(s, _) => Part::Lit(s, true),
        Part::Var { name, op, .. } => Part::Var { name, quoted: true, op },
        Part::Sub(s, _) => Part::Sub(s, true),
        other => other,
    }
}

/// Compiles a script into a program.
pub fn compile(script: &str) -> Result<Vec<Op>, String> {
    let mut c = Compiler { toks: tokens(script)?, i: 0, code: Vec::new(), loops: Vec::new() };
    c.list(&[])?;
    if c.i < c.toks.len() {
        return Err(format!("syntax error: {}", c.unexpected()));
    }
    Ok(c.code)
}

/// A program that runs one command with these literal arguments (a container's exec form).
pub fn literal(argv: &[String]) -> Vec<Op> {
    let words = argv.iter().map(|a| vec![Part::Lit(a.clone(), true)]).collect();
    vec![Op::Run(Pipeline { cmds: vec![Simple { assigns: vec![], words, redirs: vec![] }], negate: false, background: false })]
}
