//! `sed`, as GNU and BusyBox sed run the scripts learners write: `s/RE/REPLACEMENT/[g][p][N]`,
//! `d` and `p` with a line number, `$` or `/RE/` address, `-n`, `-e` (several), `-i` (in place),
//! `-E`/`-r`; `;` or newlines between commands. Regular expressions are POSIX basic ones (or
//! extended with `-E`): `.`, `*`, `\+`, `\?`, `[…]`, `^`, `$`, `\(…\)` groups with `\1`…`\9`
//! and `&` in the replacement; a backtracking matcher, enough for lines of manifests.

/// One element of a compiled expression.
#[derive(Clone, Debug)]
enum Atom {
    Char(char),
    Any,
    Class { negated: bool, ranges: Vec<(char, char)> },
    Open(usize),
    Close(usize),
    Bol,
    Eol,
}

#[derive(Clone, Debug)]
struct Node {
    atom: Atom,
    min: usize,
    max: usize,
}

#[derive(Clone, Debug)]
pub struct Regex {
    nodes: Vec<Node>,
    groups: usize,
}

impl Regex {
    pub fn compile(re: &str, extended: bool) -> Result<Regex, String> {
        let chars: Vec<char> = re.chars().collect();
        let mut nodes: Vec<Node> = Vec::new();
        let (mut groups, mut open) = (0, Vec::new());
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let escaped = c == '\\' && i + 1 < chars.len();
            let next = if escaped { chars[i + 1] } else { c };
            i += if escaped { 2 } else { 1 };
            let quant = |n: &mut Vec<Node>, min, max| -> Result<(), String> {
                match n.last_mut() {
                    Some(last) if !matches!(last.atom, Atom::Open(_) | Atom::Close(_) | Atom::Bol) => {
                        last.min = min;
                        last.max = max;
                        Ok(())
                    }
                    _ => Err("Invalid preceding regular expression".into()),
                }
            };
            match (escaped, next) {
                (false, '*') if !nodes.is_empty() => quant(&mut nodes, 0, usize::MAX)?,
                (e, '+') if e != extended && !nodes.is_empty() => quant(&mut nodes, 1, usize::MAX)?,
                (e, '?') if e != extended && !nodes.is_empty() => quant(&mut nodes, 0, 1)?,
                (e, '(') if e != extended => {
                    groups += 1;
                    open.push(groups);
                    nodes.push(Node { atom: Atom::Open(groups), min: 1, max: 1 });
                }
                (e, ')') if e != extended => {
                    let g = open.pop().ok_or("Unmatched ) or \\)")?;
                    nodes.push(Node { atom: Atom::Close(g), min: 1, max: 1 });
                }
                (false, '^') if nodes.is_empty() => nodes.push(Node { atom: Atom::Bol, min: 1, max: 1 }),
                (false, '$') if i == chars.len() => nodes.push(Node { atom: Atom::Eol, min: 1, max: 1 }),
                (false, '.') => nodes.push(Node { atom: Atom::Any, min: 1, max: 1 }),
                (false, '[') => {
                    let negated = chars.get(i) == Some(&'^');
                    if negated {
                        i += 1;
                    }
                    let mut ranges = Vec::new();
                    let mut first = true;
                    loop {
                        let Some(&c) = chars.get(i) else { return Err("Unmatched [, [^, [:, [., or [=".into()) };
                        if c == ']' && !first {
                            i += 1;
                            break;
                        }
                        first = false;
                        if chars.get(i + 1) == Some(&'-') && chars.get(i + 2).is_some_and(|&e| e != ']') {
                            ranges.push((c, chars[i + 2]));
                            i += 3;
                        } else {
                            ranges.push((c, c));
                            i += 1;
                        }
                    }
                    nodes.push(Node { atom: Atom::Class { negated, ranges }, min: 1, max: 1 });
                }
                (true, 'n') => nodes.push(Node { atom: Atom::Char('\n'), min: 1, max: 1 }),
                (true, 't') => nodes.push(Node { atom: Atom::Char('\t'), min: 1, max: 1 }),
                (_, c) => nodes.push(Node { atom: Atom::Char(c), min: 1, max: 1 }),
            }
        }
        if !open.is_empty() {
            return Err("Unmatched ( or \\(".into());
        }
        Ok(Regex { nodes, groups })
    }

    /// The first match at or after `from`: its span and the groups' spans.
    pub fn find(&self, text: &[char], from: usize) -> Option<(usize, usize, Vec<Option<(usize, usize)>>)> {
        for start in from..=text.len() {
            let mut caps = vec![None; self.groups + 1];
            let mut opens = vec![0; self.groups + 1];
            if let Some(end) = self.at(0, text, start, &mut caps, &mut opens) {
                return Some((start, end, caps));
            }
            if matches!(self.nodes.first(), Some(Node { atom: Atom::Bol, .. })) {
                break;
            }
        }
        None
    }

    fn one(atom: &Atom, c: char) -> bool {
        match atom {
            Atom::Char(x) => *x == c,
            Atom::Any => c != '\n',
            Atom::Class { negated, ranges } => ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c)) != *negated,
            _ => false,
        }
    }

    fn at(&self, k: usize, text: &[char], pos: usize, caps: &mut Vec<Option<(usize, usize)>>, opens: &mut Vec<usize>) -> Option<usize> {
        let Some(node) = self.nodes.get(k) else { return Some(pos) };
        match node.atom {
            Atom::Bol => (pos == 0).then(|| self.at(k + 1, text, pos, caps, opens)).flatten(),
            Atom::Eol => (pos == text.len()).then(|| self.at(k + 1, text, pos, caps, opens)).flatten(),
            Atom::Open(g) => {
                opens[g] = pos;
                self.at(k + 1, text, pos, caps, opens)
            }
            Atom::Close(g) => {
                let saved = caps[g];
                caps[g] = Some((opens[g], pos));
                let r = self.at(k + 1, text, pos, caps, opens);
                if r.is_none() {
                    caps[g] = saved;
                }
                r
            }
            _ => {
                // Greedy: take as many as match, then give back one at a time.
                let mut n = 0;
                while n < node.max && pos + n < text.len() && Self::one(&node.atom, text[pos + n]) {
                    n += 1;
                }
                loop {
                    if n < node.min {
                        return None;
                    }
                    if let Some(end) = self.at(k + 1, text, pos + n, caps, opens) {
                        return Some(end);
                    }
                    if n == 0 {
                        return None;
                    }
                    n -= 1;
                }
            }
        }
    }
}

#[derive(Clone, Debug)]
enum Address {
    Line(usize),
    Last,
    Match(Regex),
}

#[derive(Clone, Debug)]
enum Command {
    Substitute { re: Regex, replacement: String, global: bool, nth: usize, print: bool },
    Delete,
    Print,
}

/// Splits `text` at the next unescaped `delim`: (before, after).
fn until(text: &str, delim: char) -> Option<(String, &str)> {
    let mut out = String::new();
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some((_, d)) if d == delim => out.push(d),
                Some((_, d)) => {
                    out.push('\\');
                    out.push(d);
                }
                None => out.push('\\'),
            }
        } else if c == delim {
            return Some((out, &text[i + c.len_utf8()..]));
        } else {
            out.push(c);
        }
    }
    None
}

fn parse(script: &str, extended: bool) -> Result<Vec<(Option<Address>, Command)>, String> {
    let mut cmds = Vec::new();
    let mut rest = script.trim_start_matches([' ', ';', '\n']);
    while !rest.is_empty() {
        let mut address = None;
        if let Some(r) = rest.strip_prefix('/') {
            let (re, after) = until(r, '/').ok_or("-e expression #1, char 0: unterminated address regex")?;
            address = Some(Address::Match(Regex::compile(&re, extended)?));
            rest = after;
        } else if let Some(r) = rest.strip_prefix('$') {
            address = Some(Address::Last);
            rest = r;
        } else {
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits > 0 {
                address = Some(Address::Line(rest[..digits].parse().unwrap_or(0)));
                rest = &rest[digits..];
            }
        }
        rest = rest.trim_start();
        let mut chars = rest.chars();
        let cmd = match chars.next() {
            Some('d') => {
                rest = chars.as_str();
                Command::Delete
            }
            Some('p') => {
                rest = chars.as_str();
                Command::Print
            }
            Some('s') => {
                let delim = chars.next().ok_or("-e expression #1, char 1: unterminated `s' command")?;
                let (re, after) = until(chars.as_str(), delim).ok_or("-e expression #1, char 1: unterminated `s' command")?;
                let (replacement, after) = until(after, delim).ok_or("-e expression #1, char 1: unterminated `s' command")?;
                let flags_len = after.len() - after.trim_start_matches(|c: char| c == 'g' || c == 'p' || c.is_ascii_digit()).len();
                let flags = &after[..flags_len];
                rest = &after[flags_len..];
                Command::Substitute {
                    re: Regex::compile(&re, extended)?,
                    replacement,
                    global: flags.contains('g'),
                    nth: flags.trim_matches(|c| c == 'g' || c == 'p').parse().unwrap_or(1),
                    print: flags.contains('p'),
                }
            }
            Some(c) => return Err(format!("-e expression #1, char 1: unknown command: `{}'", c)),
            None => return Err("-e expression #1, char 1: missing command".into()),
        };
        cmds.push((address, cmd));
        rest = rest.trim_start_matches([' ', ';', '\n']);
    }
    Ok(cmds)
}

/// The replacement for one match: `&` is the match, `\N` a group.
fn expand(replacement: &str, text: &[char], span: (usize, usize), caps: &[Option<(usize, usize)>]) -> String {
    let mut out = String::new();
    let mut chars = replacement.chars();
    while let Some(c) = chars.next() {
        match c {
            '&' => out.extend(&text[span.0..span.1]),
            '\\' => match chars.next() {
                Some(d) if d.is_ascii_digit() => {
                    if let Some(Some((s, e))) = caps.get(d as usize - '0' as usize) {
                        out.extend(&text[*s..*e]);
                    }
                }
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(d) => out.push(d),
                None => out.push('\\'),
            },
            c => out.push(c),
        }
    }
    out
}

fn substitute(line: &str, re: &Regex, replacement: &str, global: bool, nth: usize) -> Option<String> {
    let text: Vec<char> = line.chars().collect();
    let (mut out, mut pos, mut count, mut changed) = (String::new(), 0, 0, false);
    while pos <= text.len() {
        let Some((s, e, caps)) = re.find(&text, pos) else { break };
        count += 1;
        out.extend(&text[pos..s]);
        if count >= nth {
            out.push_str(&expand(replacement, &text, (s, e), &caps));
            changed = true;
        } else {
            out.extend(&text[s..e]);
        }
        if e == s {
            if let Some(&c) = text.get(e) {
                out.push(c);
            }
            pos = e + 1;
        } else {
            pos = e;
        }
        if changed && !global {
            break;
        }
    }
    if pos < text.len() {
        out.extend(&text[pos..]);
    }
    changed.then_some(out)
}

/// Runs a parsed script over `input`; what sed prints.
fn run(cmds: &[(Option<Address>, Command)], input: &str, quiet: bool) -> String {
    let lines: Vec<&str> = input.lines().collect();
    let mut out = String::new();
    for (n, line) in lines.iter().enumerate() {
        let mut line = line.to_string();
        let mut deleted = false;
        for (address, cmd) in cmds {
            let hit = match address {
                None => true,
                Some(Address::Line(l)) => *l == n + 1,
                Some(Address::Last) => n + 1 == lines.len(),
                Some(Address::Match(re)) => re.find(&line.chars().collect::<Vec<_>>(), 0).is_some(),
            };
            if !hit {
                continue;
            }
            match cmd {
                Command::Delete => {
                    deleted = true;
                    break;
                }
                Command::Print => out.push_str(&format!("{}\n", line)),
                Command::Substitute { re, replacement, global, nth, print } => {
                    if let Some(new) = substitute(&line, re, replacement, *global, *nth) {
                        line = new;
                        if *print {
                            out.push_str(&format!("{}\n", line));
                        }
                    }
                }
            }
        }
        if !deleted && !quiet {
            out.push_str(&format!("{}\n", line));
        }
    }
    out
}

/// What `sed ARGS` does: Ok((stdout, files to write back)) or Err((message, status)).
pub fn sed(args: &[String], stdin: Option<&str>, read: &mut dyn FnMut(&str) -> Option<String>) -> Result<(String, Vec<(String, String)>), (String, i32)> {
    let (mut scripts, mut files) = (Vec::new(), Vec::new());
    let (mut quiet, mut in_place, mut extended) = (false, false, false);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-n" | "--quiet" | "--silent" => quiet = true,
            "-i" | "--in-place" => in_place = true,
            "-E" | "-r" | "--regexp-extended" => extended = true,
            "-e" | "--expression" => scripts.push(it.next().cloned().ok_or(("sed: option requires an argument -- 'e'\n".to_string(), 1))?),
            s if s.starts_with('-') && s.len() > 1 && s[1..].chars().all(|c| "niEr".contains(c)) => {
                quiet |= s.contains('n');
                in_place |= s.contains('i');
                extended |= s.contains('E') || s.contains('r');
            }
            _ => files.push(a.clone()),
        }
    }
    if scripts.is_empty() {
        if files.is_empty() {
            return Err(("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n".into(), 1));
        }
        scripts.push(files.remove(0));
    }
    let cmds = parse(&scripts.join("\n"), extended).map_err(|e| (format!("sed: {}\n", e), 1))?;
    if files.is_empty() {
        if in_place {
            return Err(("sed: no input files\n".into(), 1));
        }
        return Ok((run(&cmds, stdin.unwrap_or(""), quiet), Vec::new()));
    }
    let (mut out, mut writes) = (String::new(), Vec::new());
    for f in &files {
        let Some(text) = read(f) else {
            return Err((format!("{}sed: can't read {}: No such file or directory\n", out, f), 2));
        };
        let result = run(&cmds, &text, quiet);
        if in_place {
            writes.push((f.clone(), result));
        } else {
            out.push_str(&result);
        }
    }
    Ok((out, writes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sed_on(script: &[&str], input: &str) -> String {
        let args: Vec<String> = script.iter().map(|s| s.to_string()).collect();
        sed(&args, Some(input), &mut |_| None).map(|r| r.0).unwrap_or_else(|e| e.0)
    }

    #[test]
    fn substitutes_as_gnu_sed_does() {
        assert_eq!(sed_on(&["s/replicas: 2/replicas: 3/"], "spec:\n  replicas: 2\n"), "spec:\n  replicas: 3\n");
        assert_eq!(sed_on(&["s/a/b/"], "aaa\n"), "baa\n");
        assert_eq!(sed_on(&["s/a/b/g"], "aaa\n"), "bbb\n");
        assert_eq!(sed_on(&["s/a/b/2"], "aaa\n"), "aba\n");
        assert_eq!(sed_on(&["s/x*/-/g"], "abc\n"), "-a-b-c-\n");
        assert_eq!(sed_on(&["s/image: .*/image: nginx:1.27/"], "  image: nginx:1.25\n"), "  image: nginx:1.27\n");
        assert_eq!(sed_on(&["s/\\(name\\): \\(.*\\)/\\2 is \\1/"], "name: web\n"), "web is name\n");
        assert_eq!(sed_on(&["-E", "s/([0-9]+)\\.([0-9]+)/\\2.\\1/"], "v1.25\n"), "v25.1\n");
        assert_eq!(sed_on(&["s/^/# /"], "a\nb\n"), "# a\n# b\n");
        assert_eq!(sed_on(&["s/$/;/"], "a\n"), "a;\n");
        assert_eq!(sed_on(&["s|/usr|/opt|"], "/usr/bin\n"), "/opt/bin\n");
        assert_eq!(sed_on(&["s/[0-9][0-9]*/N/g"], "a1b22\n"), "aNbN\n");
        assert_eq!(sed_on(&["s/[^a]/_/g"], "abca\n"), "a__a\n");
        assert_eq!(sed_on(&["s/web/& &/"], "web\n"), "web web\n");
    }

    #[test]
    fn addresses_delete_and_print() {
        assert_eq!(sed_on(&["/tier/d"], "app: web\ntier: front\n"), "app: web\n");
        assert_eq!(sed_on(&["-n", "2p"], "a\nb\nc\n"), "b\n");
        assert_eq!(sed_on(&["-n", "$p"], "a\nb\nc\n"), "c\n");
        assert_eq!(sed_on(&["1d;s/b/B/"], "a\nb\n"), "B\n");
        assert_eq!(sed_on(&["-e", "s/a/1/", "-e", "s/b/2/"], "ab\n"), "12\n");
        assert_eq!(sed_on(&["-n", "s/a/A/p"], "a\nb\n"), "A\n");
        assert_eq!(sed_on(&["q"], "a\n"), "sed: -e expression #1, char 1: unknown command: `q'\n");
        assert_eq!(sed_on(&["s/a/b"], "a\n"), "sed: -e expression #1, char 1: unterminated `s' command\n");
    }
}
