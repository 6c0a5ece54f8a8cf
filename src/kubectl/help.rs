//! `kubectl -h`, `kubectl VERB … --help` and `kubectl help [PATH]`: the real kubectl's help texts
//! (`help/texts.txt`, written by `scripts/kubectl_help.sh` from kubectl itself), for each command
//! kubeplay simulates. The command is found as cobra finds it: the verb, then every following word
//! that names one of its subcommands or their aliases (`create deploy` is `create deployment`).
//! A real subcommand kubeplay does not simulate has no text, and the command goes on to say so.

use super::Output;

const TEXTS: &str = include_str!("help/texts.txt");

/// The help text of a command path: "" for kubectl itself, "get", "create deployment".
pub fn text(path: &str) -> Option<&'static str> {
    let header = if path.is_empty() { "==> kubectl <==\n".to_string() } else { format!("==> kubectl {} <==\n", path) };
    let start = TEXTS.find(&header)? + header.len();
    let end = TEXTS[start..].find("\n==> kubectl").map_or(TEXTS.len(), |i| start + i + 1);
    Some(&TEXTS[start..end])
}

/// What a word after a command is to it.
enum Word {
    /// One of its subcommands kubeplay simulates: the subcommand's path.
    Sub(String),
    /// One of its subcommands kubeplay does not simulate.
    Unsimulated,
    /// An argument.
    Arg,
}

/// The names a text lists under its `… Commands:` headings (`Available Commands:` for a
/// command, `Basic Commands (Beginner):` and the rest for kubectl itself).
fn subcommands(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut listing = false;
    for line in text.lines() {
        if let Some(entry) = line.strip_prefix("  ") {
            if listing {
                names.extend(entry.split_whitespace().next());
            }
        } else {
            listing = line.ends_with(':') && line.contains("Commands");
        }
    }
    names
}

/// The names a text's `Aliases:` section gives its command.
fn aliases(text: &str) -> Vec<&str> {
    let Some(at) = text.find("Aliases:\n") else { return Vec::new() };
    text[at + "Aliases:\n".len()..].lines().next().unwrap_or("").split(',').map(str::trim).collect()
}

fn word(parent: &str, w: &str) -> Word {
    let Some(parent_text) = text(parent) else { return Word::Arg };
    for sub in subcommands(parent_text) {
        let path = if parent.is_empty() { sub.to_string() } else { format!("{} {}", parent, sub) };
        match text(&path) {
            Some(t) if sub == w || aliases(t).contains(&w) => return Word::Sub(path),
            None if sub == w => return Word::Unsimulated,
            _ => {}
        }
    }
    Word::Arg
}

/// Whether the arguments ask for help: `-h` or `--help` before a `--`.
pub fn asked(args: &[String]) -> bool {
    args.iter().take_while(|a| *a != "--").any(|a| matches!(a.as_str(), "-h" | "--help" | "--help=true" | "-h=true"))
}

/// The command path the words name, from `verb` on; None when a word is a subcommand kubeplay
/// does not simulate or the verb has no text. Flags are skipped, and the values of global flags
/// given as separate words (`-n NS`).
fn resolve(verb: &str, rest: &[String]) -> Option<String> {
    text(verb)?;
    let mut path = verb.to_string();
    let mut i = 0;
    while i < rest.len() {
        let a = &rest[i];
        if a == "--" {
            break;
        }
        if a.starts_with('-') {
            if super::global_flag_takes_value(a) {
                i += 1;
            }
            i += 1;
            continue;
        }
        match word(&path, a) {
            Word::Sub(p) => path = p,
            Word::Unsimulated => return None,
            Word::Arg => break,
        }
        i += 1;
    }
    Some(path)
}

/// `kubectl VERB … --help`: the command's text, or false when kubeplay does not simulate it.
pub fn flag(verb: &str, rest: &[String], out: &mut Output) -> bool {
    match resolve(verb, rest) {
        Some(path) => {
            out.out(text(&path).unwrap_or_default());
            true
        }
        None => false,
    }
}

/// `kubectl help [PATH]`: the command's text; an unknown topic gets cobra's answer (on stderr,
/// with kubectl's usage, and exit status 0).
pub fn command(rest: &[String], out: &mut Output) {
    let words: Vec<&String> = rest.iter().filter(|a| !a.starts_with('-')).collect();
    if rest.iter().any(|a| a == "-h" || a == "--help") && words.is_empty() {
        return out.out(text("help").unwrap_or_default());
    }
    let mut path = String::new();
    for w in &words {
        match word(&path, w) {
            Word::Sub(p) => path = p,
            Word::Arg if path.is_empty() => {
                let root = text("").unwrap_or_default();
                let usage = root.find("\nBasic Commands").map_or(root, |i| &root[i..]);
                return out.err(format!("Unknown help topic [`{}`]\n\n{}", w, usage));
            }
            Word::Unsimulated if path.is_empty() => return out.fail(format!("error: kubeplay does not simulate \"kubectl {}\" yet\n", w)),
            _ => break,
        }
    }
    out.out(text(&path).unwrap_or_default());
}
