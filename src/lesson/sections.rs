//! A lesson's text taken apart without reading any of it: the front matter, the sections under
//! `## ` headings, and in a section its prose and its `check` and `solution` blocks. Pure text
//! functions, shared with `build.rs`, which renders the prose's Markdown when it bundles the
//! course (so the page carries the rendered trees, not a Markdown parser).

/// The front matter between the first two `---` lines, and the rest.
pub fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("---\n").or_else(|| text.strip_prefix("---\r\n"))?;
    let end = rest.find("\n---\n").or_else(|| rest.find("\n---\r\n")).or_else(|| rest.strip_suffix("\n---").map(|r| r.len()))?;
    let body = rest[end + 4..].trim_start_matches(['\r', '\n']);
    Some((&rest[..end + 1], body))
}

/// Whether a line opens or closes a fenced code block, and its fence.
fn fence(line: &str) -> Option<&str> {
    let t = line.trim_start();
    if t.starts_with("```") {
        Some("```")
    } else if t.starts_with("~~~") {
        Some("~~~")
    } else {
        None
    }
}

/// The text before the first `## ` heading, and each `## ` section (title, text). Headings
/// inside code blocks do not count.
pub fn split_sections(body: &str) -> (String, Vec<(String, String)>) {
    let mut intro = String::new();
    let mut sections: Vec<(String, String)> = Vec::new();
    let mut open: Option<&str> = None;
    for line in body.lines() {
        if let Some(f) = fence(line) {
            open = match open {
                Some(o) if o == f => None,
                None => Some(f),
                o => o,
            };
        }
        if open.is_none() {
            if let Some(title) = line.strip_prefix("## ") {
                sections.push((title.trim().to_string(), String::new()));
                continue;
            }
        }
        let target = match sections.last_mut() {
            Some((_, t)) => t,
            None => &mut intro,
        };
        target.push_str(line);
        target.push('\n');
    }
    (intro, sections)
}

/// A section's parts: its prose (trimmed; ordinary code blocks stay in it), its `check` and
/// `solution` blocks' bodies in order as (kind, body), and the kind of a block left open.
pub struct Parts {
    pub prose: String,
    pub blocks: Vec<(&'static str, String)>,
    pub unclosed: Option<&'static str>,
}

pub fn split_blocks(text: &str) -> Parts {
    let mut prose = String::new();
    let mut blocks = Vec::new();
    let mut block: Option<(&str, &'static str, String)> = None;
    for line in text.lines() {
        match (&mut block, fence(line)) {
            (None, Some(f)) => {
                let info = line.trim_start()[3..].trim();
                if info == "check" || info == "solution" {
                    block = Some((f, if info == "check" { "check" } else { "solution" }, String::new()));
                    continue;
                }
                prose.push_str(line);
                prose.push('\n');
                // An ordinary code block: copied whole, so its lines are not taken for fences.
                block = Some((f, "code", String::new()));
            }
            (Some((f, kind, body)), close) if close == Some(*f) && line.trim() == *f => {
                if *kind == "code" {
                    prose.push_str(line);
                    prose.push('\n');
                } else {
                    blocks.push((*kind, std::mem::take(body)));
                }
                block = None;
            }
            (Some((_, kind, body)), _) => {
                if *kind == "code" {
                    prose.push_str(line);
                    prose.push('\n');
                } else {
                    body.push_str(line);
                    body.push('\n');
                }
            }
            (None, None) => {
                prose.push_str(line);
                prose.push('\n');
            }
        }
    }
    let unclosed = block.map(|(_, kind, _)| kind).filter(|k| *k != "code");
    Parts { prose: prose.trim().to_string(), blocks, unclosed }
}

/// Every Markdown text of a lesson that the page renders: the introduction and each section's
/// prose (as `Lesson::parse` keeps them).
pub fn prose_texts(lesson_md: &str) -> Vec<String> {
    let Some((_, body)) = split_front_matter(lesson_md) else { return Vec::new() };
    let (intro, sections) = split_sections(body);
    let mut texts = vec![intro.trim().to_string()];
    texts.extend(sections.iter().map(|(_, t)| split_blocks(t).prose));
    texts
}

/// FNV-1a over a text: the key under which its rendered tree is bundled.
pub fn key(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
