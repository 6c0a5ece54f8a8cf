//! Pathname expansion as bash does it with its default options: a field with an unquoted `*`,
//! `?` or `[…]` is matched, one path segment at a time, against the names the filesystem has;
//! the matches come sorted; a name starting with `.` is matched only by a pattern that starts
//! with `.` (no `dotglob`); `\` makes the next character literal (quoted text arrives escaped).

use super::programs::Image;
use super::Fs;

/// Text from quotes, with its pattern characters made literal.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '?' | '[' | ']' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether a segment has an active pattern character.
fn is_pattern(seg: &[char]) -> bool {
    let mut i = 0;
    while i < seg.len() {
        match seg[i] {
            '\\' => i += 1,
            '*' | '?' | '[' => return true,
            _ => {}
        }
        i += 1;
    }
    false
}

/// A segment without its escapes.
fn literal(seg: &[char]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < seg.len() {
        if seg[i] == '\\' && i + 1 < seg.len() {
            i += 1;
        }
        out.push(seg[i]);
        i += 1;
    }
    out
}

/// `[…]` at `p[i]`: whether `c` is in the class, and the index after the class; None when the
/// bracket does not close (then it is an ordinary `[`).
fn class(p: &[char], mut i: usize, c: char) -> Option<(bool, usize)> {
    i += 1;
    let negate = matches!(p.get(i), Some('!' | '^'));
    if negate {
        i += 1;
    }
    let mut found = false;
    let mut first = true;
    while i < p.len() {
        if p[i] == ']' && !first {
            return Some((found != negate, i + 1));
        }
        first = false;
        let mut lo = p[i];
        if lo == '\\' && i + 1 < p.len() {
            i += 1;
            lo = p[i];
        }
        if p.get(i + 1) == Some(&'-') && p.get(i + 2).is_some_and(|&h| h != ']') {
            let hi = p[i + 2];
            found |= lo <= c && c <= hi;
            i += 3;
        } else {
            found |= lo == c;
            i += 1;
        }
    }
    None
}

/// `fnmatch` of one name against one segment's pattern.
pub fn matches(p: &[char], name: &[char]) -> bool {
    let (mut pi, mut ni) = (0, 0);
    // Where the last `*` was, to backtrack to: (pattern index after it, name index).
    let mut star: Option<(usize, usize)> = None;
    while ni < name.len() {
        let step = match p.get(pi) {
            Some('*') => {
                star = Some((pi + 1, ni));
                pi += 1;
                continue;
            }
            Some('?') => Some(pi + 1),
            Some('[') => match class(p, pi, name[ni]) {
                Some((true, next)) => Some(next),
                Some((false, _)) => None,
                None => (name[ni] == '[').then_some(pi + 1),
            },
            Some('\\') if pi + 1 < p.len() => (p[pi + 1] == name[ni]).then_some(pi + 2),
            Some(&c) => (c == name[ni]).then_some(pi + 1),
            None => None,
        };
        match (step, star) {
            (Some(next), _) => {
                pi = next;
                ni += 1;
            }
            (None, Some((after, from))) => {
                pi = after;
                ni = from + 1;
                star = Some((after, from + 1));
            }
            (None, None) => return false,
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// The paths a pattern matches, sorted; empty when none does.
pub fn expand(pattern: &str, fs: &Fs, image: Image) -> Vec<String> {
    let absolute = pattern.starts_with('/');
    let segments: Vec<Vec<char>> = pattern.split('/').filter(|s| !s.is_empty()).map(|s| s.chars().collect()).collect();
    // Paths so far, as they will be printed ("" before the first segment of a relative one).
    let mut found: Vec<String> = vec![if absolute { "/".to_string() } else { String::new() }];
    let join = |base: &str, name: &str| if base.is_empty() || base.ends_with('/') { format!("{}{}", base, name) } else { format!("{}/{}", base, name) };
    for (i, seg) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        let mut next = Vec::new();
        for base in &found {
            let dir = if base.is_empty() { "." } else { base.as_str() };
            if !is_pattern(seg) {
                let path = join(base, &literal(seg));
                if (last && fs.read(image, &path).is_some()) || fs.is_dir(image, &path) {
                    next.push(path);
                }
                continue;
            }
            if !fs.is_dir(image, dir) {
                continue;
            }
            for name in fs.list(image, dir) {
                let chars: Vec<char> = name.chars().collect();
                if name.starts_with('.') && seg.first() != Some(&'.') {
                    continue;
                }
                if matches(seg, &chars) {
                    let path = join(base, &name);
                    if last || fs.is_dir(image, &path) {
                        next.push(path);
                    }
                }
            }
        }
        found = next;
    }
    if segments.is_empty() {
        return Vec::new();
    }
    crate::api::order::sort(&mut found);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(p: &str, n: &str) -> bool {
        matches(&p.chars().collect::<Vec<_>>(), &n.chars().collect::<Vec<_>>())
    }

    #[test]
    fn patterns_match_as_fnmatch_does() {
        assert!(m("*.yaml", "rc.yaml") && !m("*.yaml", "rc.yml"));
        assert!(m("*", "a") && m("a*b*c", "axxbyyc") && !m("a*b*c", "axxbyy"));
        assert!(m("?c.yaml", "rc.yaml") && !m("?.yaml", "rc.yaml"));
        assert!(m("[a-c]x", "bx") && !m("[a-c]x", "dx") && m("[!a-c]x", "dx") && m("[]]", "]"));
        assert!(m("\\*", "*") && !m("\\*", "a"));
        assert!(m("[", "[") && m("a[", "a["), "an unclosed bracket is itself");
    }

    #[test]
    fn paths_expand_segment_by_segment_sorted_without_hidden_names() {
        let mut fs = Fs::default();
        for f in ["/root/b.yaml", "/root/a.yaml", "/root/.hidden.yaml", "/root/notes.txt", "/root/dir/c.yaml", "/tmp/kubectl-edit-1.yaml"] {
            fs.write(f, "x", false);
        }
        fs.cwd = "/root".into();
        let e = |p: &str| expand(p, &fs, Image::Ubuntu);
        assert_eq!(e("*.yaml"), ["a.yaml", "b.yaml"]);
        assert_eq!(e(".*.yaml"), [".hidden.yaml"]);
        assert_eq!(e("*/*.yaml"), ["dir/c.yaml"]);
        assert_eq!(e("/tmp/kubectl-edit-*"), ["/tmp/kubectl-edit-1.yaml"]);
        assert_eq!(e("/root/*.txt"), ["/root/notes.txt"]);
        assert!(e("*.json").is_empty());
        assert!(e("\\*.yaml").is_empty(), "an escaped star is literal");
    }
}
