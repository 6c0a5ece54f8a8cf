//! Lesson text: Markdown (CommonMark with tables and strikethrough, by pulldown-cmark) turned
//! into a small tree of allowed elements that the page renders. Raw HTML in a lesson is shown
//! as text, never interpreted; links keep only `http(s)`, relative and fragment addresses;
//! images become their alt text (a lesson cannot make the page fetch anything).
//!
//! The parsing happens natively: `build.rs` renders every lesson's prose when it bundles the
//! course and stores the trees in a compact text form (`encode`/`decode`), so the page carries
//! the trees rather than a Markdown parser. Self-contained (pulldown-cmark only): `build.rs`
//! compiles this file too.

#[cfg(not(target_arch = "wasm32"))]
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Md {
    Text(String),
    /// An element: one of `p h3 h4 h5 h6 ul ol li blockquote em strong del code a table thead
    /// tbody tr th td hr br`; `href` only on `a`.
    El { tag: &'static str, href: Option<String>, children: Vec<Md> },
    /// A fenced or indented code block: its language (`sh`, `yaml`, …) and text.
    Code { lang: String, text: String },
}

/// The elements a tree may hold.
pub const TAGS: [&str; 24] = ["p", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "em", "strong", "del", "code", "a", "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "span", ""];

#[cfg(not(target_arch = "wasm32"))]
fn safe_href(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    let scheme = lower.split_once(':').map(|(s, _)| s).filter(|s| !s.contains('/'));
    match scheme {
        Some("http") | Some("https") | None => Some(url.trim().to_string()),
        _ => None,
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn heading(level: HeadingLevel) -> &'static str {
    // A lesson's own headings sit under the page's: `#` and `##` start at h3.
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 => "h3",
        HeadingLevel::H3 => "h4",
        HeadingLevel::H4 => "h5",
        _ => "h6",
    }
}

/// The tree of a lesson's Markdown.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(text: &str) -> Vec<Md> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    // Open elements, innermost last; the root collects the top level.
    let mut stack: Vec<(&'static str, Option<String>, Vec<Md>)> = vec![("", None, Vec::new())];
    let mut code: Option<(String, String)> = None;
    let mut in_head = false;
    let push = |stack: &mut Vec<(&'static str, Option<String>, Vec<Md>)>, node: Md| {
        if let Some(top) = stack.last_mut() {
            if let (Md::Text(t), Some(Md::Text(prev))) = (&node, top.2.last_mut()) {
                prev.push_str(t);
                return;
            }
            top.2.push(node);
        }
    };
    for event in Parser::new_ext(text, options) {
        if let Some((_, body)) = code.as_mut() {
            match event {
                Event::Text(t) => body.push_str(&t),
                Event::End(TagEnd::CodeBlock) => {
                    let (lang, text) = code.take().unwrap_or_default();
                    push(&mut stack, Md::Code { lang, text });
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(tag) => {
                let (name, href) = match tag {
                    Tag::CodeBlock(kind) => {
                        let lang = match kind {
                            CodeBlockKind::Fenced(info) => info.split_whitespace().next().unwrap_or("").to_string(),
                            CodeBlockKind::Indented => String::new(),
                        };
                        code = Some((lang, String::new()));
                        continue;
                    }
                    // Raw HTML is shown as the text it is.
                    Tag::Paragraph | Tag::HtmlBlock => ("p", None),
                    Tag::Heading { level, .. } => (heading(level), None),
                    Tag::BlockQuote(_) => ("blockquote", None),
                    Tag::List(Some(_)) => ("ol", None),
                    Tag::List(None) => ("ul", None),
                    Tag::Item => ("li", None),
                    Tag::Table(_) => ("table", None),
                    Tag::TableHead => {
                        in_head = true;
                        ("thead", None)
                    }
                    Tag::TableRow => ("tr", None),
                    Tag::TableCell => (if in_head { "th" } else { "td" }, None),
                    Tag::Emphasis => ("em", None),
                    Tag::Strong => ("strong", None),
                    Tag::Strikethrough => ("del", None),
                    Tag::Link { dest_url, .. } => ("a", safe_href(&dest_url)),
                    // An image shows as its alt text (a lesson cannot load anything).
                    _ => ("span", None),
                };
                stack.push((name, href, Vec::new()));
            }
            Event::End(end) => {
                if end == TagEnd::TableHead {
                    in_head = false;
                }
                if stack.len() > 1 {
                    let (tag, href, children) = stack.pop().unwrap_or_default();
                    push(&mut stack, Md::El { tag, href, children });
                }
            }
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) | Event::InlineMath(t) | Event::DisplayMath(t) | Event::FootnoteReference(t) => push(&mut stack, Md::Text(t.to_string())),
            Event::Code(t) => push(&mut stack, Md::El { tag: "code", href: None, children: vec![Md::Text(t.to_string())] }),
            Event::SoftBreak => push(&mut stack, Md::Text(" ".into())),
            Event::HardBreak => push(&mut stack, Md::El { tag: "br", href: None, children: Vec::new() }),
            Event::Rule => push(&mut stack, Md::El { tag: "hr", href: None, children: Vec::new() }),
            Event::TaskListMarker(done) => push(&mut stack, Md::Text(if done { "☑ " } else { "☐ " }.into())),
        }
    }
    while stack.len() > 1 {
        let (tag, href, children) = stack.pop().unwrap_or_default();
        push(&mut stack, Md::El { tag, href, children });
    }
    stack.pop().map(|(_, _, c)| c).unwrap_or_default()
}

/// A tree as text: `t<len>:<text>` for text, `c<len>:<lang><len>:<code>` for a code block,
/// `e<tag index>,<href len or -1>:<href><children>:` then the children, for an element.
pub fn encode(nodes: &[Md]) -> String {
    let mut out = String::new();
    for n in nodes {
        match n {
            Md::Text(t) => out.push_str(&format!("t{}:{}", t.len(), t)),
            Md::Code { lang, text } => out.push_str(&format!("c{}:{}{}:{}", lang.len(), lang, text.len(), text)),
            Md::El { tag, href, children } => {
                let i = TAGS.iter().position(|t| t == tag).unwrap_or(TAGS.len() - 1);
                match href {
                    Some(h) => out.push_str(&format!("e{},{}:{}", i, h.len(), h)),
                    None => out.push_str(&format!("e{},-1:", i)),
                }
                out.push_str(&format!("{}:", children.len()));
                out.push_str(&encode(children));
            }
        }
    }
    out
}

struct Reader<'a> {
    s: &'a str,
    i: usize,
}

impl Reader<'_> {
    fn number(&mut self, end: char) -> Option<i64> {
        let rest = self.s.get(self.i..)?;
        let j = rest.find(end)?;
        let n = rest[..j].parse().ok()?;
        self.i += j + 1;
        Some(n)
    }
    fn take(&mut self, len: i64) -> Option<String> {
        let len = usize::try_from(len).ok()?;
        let t = self.s.get(self.i..self.i + len)?.to_string();
        self.i += len;
        Some(t)
    }
    fn node(&mut self) -> Option<Md> {
        let c = self.s.get(self.i..self.i + 1)?;
        self.i += 1;
        match c {
            "t" => {
                let n = self.number(':')?;
                Some(Md::Text(self.take(n)?))
            }
            "c" => {
                let n = self.number(':')?;
                let lang = self.take(n)?;
                let n = self.number(':')?;
                Some(Md::Code { lang, text: self.take(n)? })
            }
            "e" => {
                let tag = *TAGS.get(usize::try_from(self.number(',')?).ok()?)?;
                let n = self.number(':')?;
                let href = if n < 0 { None } else { Some(self.take(n)?) };
                let count = self.number(':')?;
                let children = (0..count).map(|_| self.node()).collect::<Option<Vec<_>>>()?;
                Some(Md::El { tag, href, children })
            }
            _ => None,
        }
    }
}

/// The tree `encode` wrote (None if the text is not one).
pub fn decode(text: &str) -> Option<Vec<Md>> {
    let mut r = Reader { s: text, i: 0 };
    let mut out = Vec::new();
    while r.i < text.len() {
        out.push(r.node()?);
    }
    Some(out)
}

/// A hint: one line of text in which `backquoted` spans are code.
pub fn code_spans(text: &str) -> Vec<Md> {
    text.split('`')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| if i % 2 == 1 { Md::El { tag: "code", href: None, children: vec![Md::Text(part.to_string())] } } else { Md::Text(part.to_string()) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(tag: &'static str, children: Vec<Md>) -> Md {
        Md::El { tag, href: None, children }
    }
    fn t(s: &str) -> Md {
        Md::Text(s.into())
    }

    #[test]
    fn paragraphs_emphasis_code_and_lists() {
        let md = parse("A **pod** runs `nginx`.\n\n- one\n- two\n\n```sh\nkubectl get pods\n```\n");
        assert_eq!(
            md,
            vec![
                el("p", vec![t("A "), el("strong", vec![t("pod")]), t(" runs "), el("code", vec![t("nginx")]), t(".")]),
                el("ul", vec![el("li", vec![t("one")]), el("li", vec![t("two")])]),
                Md::Code { lang: "sh".into(), text: "kubectl get pods\n".into() },
            ]
        );
    }

    #[test]
    fn raw_html_is_text_and_unsafe_links_lose_their_address() {
        let md = parse("<script>alert(1)</script>\n\nHi <b>there</b> [x](javascript:alert(1)) [k](https://kubernetes.io)\n");
        assert_eq!(md[0], el("p", vec![t("<script>alert(1)</script>\n")]));
        let Md::El { children, .. } = &md[1] else { panic!("{:?}", md) };
        assert!(children.contains(&t("Hi <b>there</b> ")), "{:?}", children);
        assert!(children.contains(&Md::El { tag: "a", href: None, children: vec![t("x")] }));
        assert!(children.contains(&Md::El { tag: "a", href: Some("https://kubernetes.io".into()), children: vec![t("k")] }));
    }

    #[test]
    fn a_tree_survives_its_text_form() {
        let md = parse("A **pod** [runs](https://k8s.io) `nginx`: 10:1.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```sh\nkubectl get pods\n```\n\n---\n");
        assert_eq!(decode(&encode(&md)), Some(md));
        assert_eq!(decode("t5:ab"), None);
        assert_eq!(code_spans("Run `kubectl get pods`, then wait."), vec![t("Run "), el("code", vec![t("kubectl get pods")]), t(", then wait.")]);
    }

    #[test]
    fn tables_have_head_cells() {
        let md = parse("| a | b |\n|---|---|\n| 1 | 2 |\n");
        let Md::El { tag: "table", children, .. } = &md[0] else { panic!("{:?}", md) };
        assert_eq!(children[0], el("thead", vec![el("th", vec![t("a")]), el("th", vec![t("b")])]));
        assert_eq!(children[1], el("tr", vec![el("td", vec![t("1")]), el("td", vec![t("2")])]));
    }
}
