//! Label selectors: apimachinery's string syntax (`app=web,tier!=db,env in (a,b),!legacy`) and
//! `LabelSelector` objects (matchLabels + matchExpressions), both compiled to one `Selector`.

use super::metav1::LabelSelector;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    Equals,
    NotEquals,
    In,
    NotIn,
    Exists,
    DoesNotExist,
    Gt,
    Lt,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    pub key: String,
    pub op: Op,
    pub values: Vec<String>,
}

/// A compiled selector; empty matches everything. `nothing` matches nothing (a nil selector on an RS).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selector {
    pub requirements: Vec<Requirement>,
    pub nothing: bool,
}

impl Requirement {
    fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        let v = labels.get(&self.key);
        match self.op {
            Op::Equals | Op::In => v.is_some_and(|v| self.values.iter().any(|x| x == v)),
            Op::NotEquals | Op::NotIn => !v.is_some_and(|v| self.values.iter().any(|x| x == v)),
            Op::Exists => v.is_some(),
            Op::DoesNotExist => v.is_none(),
            Op::Gt | Op::Lt => {
                let (Some(v), Some(bound)) = (v.and_then(|v| v.parse::<i64>().ok()), self.values.first().and_then(|b| b.parse::<i64>().ok())) else {
                    return false;
                };
                if self.op == Op::Gt { v > bound } else { v < bound }
            }
        }
    }
}

impl Selector {
    pub fn everything() -> Self {
        Selector::default()
    }
    pub fn nothing() -> Self {
        Selector { requirements: vec![], nothing: true }
    }
    pub fn is_empty(&self) -> bool {
        self.requirements.is_empty() && !self.nothing
    }
    pub fn matches(&self, labels: Option<&BTreeMap<String, String>>) -> bool {
        if self.nothing {
            return false;
        }
        let empty = BTreeMap::new();
        let labels = labels.unwrap_or(&empty);
        self.requirements.iter().all(|r| r.matches(labels))
    }

    /// A selector from a plain map (RC `spec.selector`, Service `spec.selector`).
    pub fn from_map(map: &BTreeMap<String, String>) -> Self {
        Selector {
            requirements: map
                .iter()
                .map(|(k, v)| Requirement { key: k.clone(), op: Op::Equals, values: vec![v.clone()] })
                .collect(),
            nothing: false,
        }
    }

    /// `metav1.LabelSelectorAsSelector`.
    pub fn from_label_selector(ls: &LabelSelector) -> Result<Self, String> {
        let mut sel = Selector::default();
        if let Some(m) = &ls.match_labels {
            sel.requirements.extend(Selector::from_map(m).requirements);
        }
        for e in ls.match_expressions.iter().flatten() {
            let values = e.values.clone().unwrap_or_default();
            let op = match e.operator.as_str() {
                "In" => Op::In,
                "NotIn" => Op::NotIn,
                "Exists" => Op::Exists,
                "DoesNotExist" => Op::DoesNotExist,
                other => return Err(format!("{:?} is not a valid label selector operator", other)),
            };
            sel.requirements.push(Requirement { key: e.key.clone(), op, values });
        }
        Ok(sel)
    }

    /// Parses apimachinery's selector string syntax.
    pub fn parse(text: &str) -> Result<Self, String> {
        Parser { s: text.as_bytes(), pos: 0, text }.parse()
    }
}

/// `labels.FormatLabels`: `k=v,k2=v2` sorted by key, or `<none>`.
pub fn format_labels(map: Option<&BTreeMap<String, String>>) -> String {
    match map {
        Some(m) if !m.is_empty() => m.iter().map(|(k, v)| format!("{}={}", k, v)).collect::<Vec<_>>().join(","),
        _ => "<none>".to_string(),
    }
}

/// `metav1.FormatLabelSelector`: requirements sorted by key, `<none>` when empty (or nil).
pub fn format_label_selector(ls: Option<&super::metav1::LabelSelector>) -> String {
    let Some(ls) = ls else { return "<none>".into() };
    match Selector::from_label_selector(ls) {
        Ok(mut sel) => {
            crate::api::order::sort_by(&mut sel.requirements, |a, b| a.key.cmp(&b.key));
            for r in &mut sel.requirements {
                crate::api::order::sort(&mut r.values);
            }
            let text = sel.to_string();
            if text.is_empty() {
                "<none>".into()
            } else {
                text
            }
        }
        Err(_) => "<error>".into(),
    }
}

impl std::fmt::Display for Selector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self
            .requirements
            .iter()
            .map(|r| match r.op {
                Op::Equals => format!("{}={}", r.key, r.values.join("")),
                Op::NotEquals => format!("{}!={}", r.key, r.values.join("")),
                Op::In => format!("{} in ({})", r.key, r.values.join(",")),
                Op::NotIn => format!("{} notin ({})", r.key, r.values.join(",")),
                Op::Exists => r.key.clone(),
                Op::DoesNotExist => format!("!{}", r.key),
                Op::Gt => format!("{}>{}", r.key, r.values.join("")),
                Op::Lt => format!("{}<{}", r.key, r.values.join("")),
            })
            .collect();
        write!(f, "{}", parts.join(","))
    }
}

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
    text: &'a str,
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'/')
}

impl Parser<'_> {
    fn skip_ws(&mut self) {
        while self.pos < self.s.len() && self.s[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }
    fn ident(&mut self) -> String {
        self.skip_ws();
        let start = self.pos;
        while self.pos < self.s.len() && is_ident(self.s[self.pos]) {
            self.pos += 1;
        }
        self.text[start..self.pos].to_string()
    }
    fn eat(&mut self, tok: &str) -> bool {
        self.skip_ws();
        if self.text[self.pos..].starts_with(tok) {
            self.pos += tok.len();
            true
        } else {
            false
        }
    }
    fn found(&mut self) -> String {
        self.skip_ws();
        let rest = &self.text[self.pos..];
        let tok: String = rest.chars().take_while(|c| !c.is_whitespace() && *c != ',').collect();
        tok
    }
    fn parse(&mut self) -> Result<Selector, String> {
        let mut sel = Selector::default();
        self.skip_ws();
        if self.pos >= self.s.len() {
            return Ok(sel);
        }
        loop {
            sel.requirements.push(self.requirement()?);
            self.skip_ws();
            if self.pos >= self.s.len() {
                break;
            }
            if !self.eat(",") {
                let found = self.found();
                return Err(format!("found '{}', expected: ',' or 'end of string'", found));
            }
        }
        Ok(sel)
    }
    fn requirement(&mut self) -> Result<Requirement, String> {
        if self.eat("!") {
            let key = self.ident();
            if key.is_empty() {
                return Err(format!("unable to parse requirement: found '{}', expected: identifier", self.found()));
            }
            return Ok(Requirement { key, op: Op::DoesNotExist, values: vec![] });
        }
        let key = self.ident();
        if key.is_empty() {
            return Err(format!("unable to parse requirement: found '{}', expected: !, identifier, or 'end of string'", self.found()));
        }
        self.skip_ws();
        if self.pos >= self.s.len() || self.s[self.pos] == b',' {
            return Ok(Requirement { key, op: Op::Exists, values: vec![] });
        }
        let op = if self.eat("==") || self.eat("=") {
            Op::Equals
        } else if self.eat("!=") {
            Op::NotEquals
        } else if self.eat(">") {
            Op::Gt
        } else if self.eat("<") {
            Op::Lt
        } else if self.eat("notin") {
            Op::NotIn
        } else if self.eat("in") {
            Op::In
        } else {
            return Err(format!(
                "unable to parse requirement: found '{}', expected: in, notin, =, ==, !=, gt, lt",
                self.found()
            ));
        };
        let values = if matches!(op, Op::In | Op::NotIn) {
            if !self.eat("(") {
                return Err(format!("unable to parse requirement: found '{}', expected: '('", self.found()));
            }
            let mut vals = Vec::new();
            loop {
                vals.push(self.ident());
                if self.eat(")") {
                    break;
                }
                if !self.eat(",") {
                    return Err(format!("unable to parse requirement: found '{}', expected: ',' or ')'", self.found()));
                }
            }
            vals
        } else {
            vec![self.ident()]
        };
        Ok(Requirement { key, op, values })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn parses_and_matches_the_string_syntax() {
        let l = labels(&[("app", "web"), ("tier", "fe"), ("n", "5")]);
        let table = [
            ("", true),
            ("app=web", true),
            ("app==web", true),
            ("app=db", false),
            ("app!=db", true),
            ("app=web,tier=fe", true),
            ("app=web, tier=be", false),
            ("tier in (fe,be)", true),
            ("tier notin (fe)", false),
            ("app", true),
            ("!app", false),
            ("!legacy", true),
            ("n>4", true),
            ("n<4", false),
        ];
        for (sel, want) in table {
            let s = Selector::parse(sel).unwrap_or_else(|e| panic!("{}: {}", sel, e));
            assert_eq!(s.matches(Some(&l)), want, "selector {:?}", sel);
        }
        assert!(Selector::parse("app=web tier").is_err());
        assert!(Selector::parse("app in fe").is_err());
        assert!(Selector::parse("=x").is_err());
        assert!(!Selector::nothing().matches(Some(&l)));
    }

    #[test]
    fn formats_labels_sorted() {
        assert_eq!(format_labels(Some(&labels(&[("b", "2"), ("a", "1")]))), "a=1,b=2");
        assert_eq!(format_labels(None), "<none>");
    }
}
