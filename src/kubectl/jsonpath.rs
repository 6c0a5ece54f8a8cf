//! kubectl's JSONPath templates, ported from client-go `util/jsonpath` (parser.go, jsonpath.go):
//! text outside `{…}`, fields, `..`, `*`, indexes and slices, unions, filters with
//! `== != < <= > >=` and existence, `{range}…{end}`, quoted literals, `true`/`false` and numbers,
//! with upstream's error texts. Values come from the decoded JSON objects kubectl prints.
//!
//! Upstream walks Go maps in random order for `*` and `..`; here maps are walked in key order.

mod parser;

pub use parser::{Node, Param};
use super::gofmt::{self, go_number, GoNumber};
use serde_json::Value;

/// How deep filters and unions may nest, and ranges recurse, before the template is refused
/// (upstream has no limit; a Go stack just grows).
const MAX_DEPTH: usize = 64;

/// A value the template reached: something inside the data, or a literal of the template.
#[derive(Clone, Debug, PartialEq)]
pub enum Val<'a> {
    /// A value of the decoded object (`null` is Go's nil interface).
    Json(&'a Value),
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    /// A byte of a string (`*` and `..` walk strings byte by byte, as Go does).
    Byte(u8),
    /// Go's invalid `reflect.Value` (ranging over a nil).
    Invalid,
}

impl Val<'_> {
    /// `fmt.Sprint(v.Interface())`.
    pub fn sprint(&self) -> String {
        match self {
            Val::Json(v) => gofmt::sprint(v),
            Val::Text(s) => s.clone(),
            Val::Int(i) => i.to_string(),
            Val::Float(f) => gofmt::float_v(*f),
            Val::Bool(b) => b.to_string(),
            Val::Byte(b) => b.to_string(),
            Val::Invalid => "<invalid reflect.Value>".into(),
        }
    }

    /// The Go type name, for error messages.
    fn type_name(&self) -> &'static str {
        match self {
            Val::Json(Value::String(_)) | Val::Text(_) => "string",
            Val::Json(Value::Number(n)) => match go_number(n) {
                GoNumber::Int(_) => "int64",
                GoNumber::Float(_) => "float64",
            },
            Val::Json(Value::Bool(_)) | Val::Bool(_) => "bool",
            Val::Json(Value::Object(_)) => "map[string]interface {}",
            Val::Json(Value::Array(_)) => "[]interface {}",
            Val::Json(Value::Null) => "interface {}",
            Val::Int(_) => "int",
            Val::Float(_) => "float64",
            Val::Byte(_) => "uint8",
            Val::Invalid => "<invalid Value>",
        }
    }

    /// `reflect.Value.Kind().String()` as the sorter reports it.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Val::Json(_) => "interface",
            Val::Text(_) => "string",
            Val::Int(_) => "int",
            Val::Float(_) => "float64",
            Val::Bool(_) => "bool",
            Val::Byte(_) => "uint8",
            Val::Invalid => "invalid",
        }
    }

    /// The value as JSON (for `jsonpath-as-json`).
    fn to_json(&self) -> Value {
        match self {
            Val::Json(v) => (*v).clone(),
            Val::Text(s) => Value::String(s.clone()),
            Val::Int(i) => Value::from(*i),
            Val::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
            Val::Bool(b) => Value::Bool(*b),
            Val::Byte(b) => Value::from(*b),
            Val::Invalid => Value::Null,
        }
    }
}

/// A failed step: upstream returns both the values it had and the error.
struct Fail<'a> {
    vals: Vec<Val<'a>>,
    msg: String,
}

type Walk<'a> = Result<Vec<Val<'a>>, Fail<'a>>;

fn fail<'a>(vals: Vec<Val<'a>>, msg: impl Into<String>) -> Fail<'a> {
    Fail { vals, msg: msg.into() }
}

/// A basic Go kind, for filter comparisons (`template.Equal`, `template.Less`).
enum Basic {
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Str(String),
}

const BAD_TYPE: &str = "invalid type for comparison";
const BAD_COMPARISON: &str = "incompatible types for comparison";

fn basic(v: &Val) -> Result<Basic, &'static str> {
    Ok(match v {
        Val::Json(Value::String(s)) => Basic::Str(s.clone()),
        Val::Json(Value::Bool(b)) => Basic::Bool(*b),
        Val::Json(Value::Number(n)) => match go_number(n) {
            GoNumber::Int(i) => Basic::Int(i),
            GoNumber::Float(f) => Basic::Float(f),
        },
        Val::Text(s) => Basic::Str(s.clone()),
        Val::Int(i) => Basic::Int(*i),
        Val::Float(f) => Basic::Float(*f),
        Val::Bool(b) => Basic::Bool(*b),
        Val::Byte(b) => Basic::Uint(*b as u64),
        _ => return Err(BAD_TYPE),
    })
}

fn go_equal(a: &Val, b: &Val) -> Result<bool, &'static str> {
    let (x, y) = (basic(a)?, basic(b)?);
    Ok(match (x, y) {
        (Basic::Int(i), Basic::Uint(u)) => i >= 0 && i as u64 == u,
        (Basic::Uint(u), Basic::Int(i)) => i >= 0 && u == i as u64,
        (Basic::Bool(p), Basic::Bool(q)) => p == q,
        (Basic::Float(p), Basic::Float(q)) => p == q,
        (Basic::Int(p), Basic::Int(q)) => p == q,
        (Basic::Str(p), Basic::Str(q)) => p == q,
        (Basic::Uint(p), Basic::Uint(q)) => p == q,
        _ => return Err(BAD_COMPARISON),
    })
}

fn go_less(a: &Val, b: &Val) -> Result<bool, &'static str> {
    let (x, y) = (basic(a)?, basic(b)?);
    Ok(match (x, y) {
        (Basic::Int(i), Basic::Uint(u)) => i < 0 || (i as u64) < u,
        (Basic::Uint(u), Basic::Int(i)) => i >= 0 && u < i as u64,
        (Basic::Bool(_), Basic::Bool(_)) => return Err(BAD_TYPE),
        (Basic::Float(p), Basic::Float(q)) => p < q,
        (Basic::Int(p), Basic::Int(q)) => p < q,
        (Basic::Str(p), Basic::Str(q)) => p < q,
        (Basic::Uint(p), Basic::Uint(q)) => p < q,
        _ => return Err(BAD_COMPARISON),
    })
}

fn compare(op: &str, a: &Val, b: &Val) -> Option<Result<bool, &'static str>> {
    let le = |a: &Val, b: &Val| match go_less(a, b) {
        Ok(true) => Ok(true),
        Ok(false) => go_equal(a, b),
        Err(e) => Err(e),
    };
    Some(match op {
        "<" => go_less(a, b),
        ">" => le(a, b).map(|x| !x),
        "==" => go_equal(a, b),
        "!=" => go_equal(a, b).map(|x| !x),
        "<=" => le(a, b),
        ">=" => go_less(a, b).map(|x| !x),
        _ => return None,
    })
}

/// A parsed template and upstream's evaluation state (which, as upstream's, survives between
/// executions: a template is parsed once and run per object).
#[derive(Clone, Debug)]
pub struct JsonPath {
    nodes: Vec<Node>,
    /// Where execution starts: upstream moves its root node list while ranging.
    root_start: usize,
    begin_range: i32,
    in_range: i32,
    end_range: i32,
    last_end_node: Option<usize>,
    allow_missing_keys: bool,
    output_json: bool,
    depth: usize,
}

impl JsonPath {
    /// Parses a template; the error is upstream's (`unclosed action`, `invalid array index x`).
    pub fn parse(text: &str) -> Result<JsonPath, String> {
        let mut p = parser::Parser { input: text, pos: 0, start: 0, width: 0, depth: 0 };
        let nodes = p.parse()?;
        Ok(JsonPath { nodes, root_start: 0, begin_range: 0, in_range: 0, end_range: 0, last_end_node: None, allow_missing_keys: false, output_json: false, depth: 0 })
    }

    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// Missing fields give no value instead of `x is not found`.
    pub fn allow_missing_keys(mut self, allow: bool) -> Self {
        self.allow_missing_keys = allow;
        self
    }

    /// `jsonpath-as-json`: each result set prints as an indented JSON array.
    pub fn enable_json_output(mut self, on: bool) -> Self {
        self.output_json = on;
        self
    }

    /// `FindResults`: one list of values per template part.
    pub fn find_results<'a>(&mut self, data: &'a Value) -> Result<Vec<Vec<Val<'a>>>, String> {
        self.find(Val::Json(data))
    }

    fn find<'a>(&mut self, data: Val<'a>) -> Result<Vec<Vec<Val<'a>>>, String> {
        if self.depth >= MAX_DEPTH {
            return Err("jsonpath template nests too deeply".into());
        }
        let cur = vec![data];
        let nodes = std::mem::take(&mut self.nodes);
        self.depth += 1;
        let r = self.find_in(&nodes, cur);
        self.depth -= 1;
        self.nodes = nodes;
        r
    }

    fn find_in<'a>(&mut self, nodes: &[Node], cur: Vec<Val<'a>>) -> Result<Vec<Vec<Val<'a>>>, String> {
        let mut full = Vec::new();
        let mut i = self.root_start;
        while i < nodes.len() {
            let results = self.walk(&cur, &nodes[i]).map_err(|f| f.msg)?;
            if self.end_range > 0 && self.end_range <= self.in_range {
                self.end_range -= 1;
                self.last_end_node = Some(i);
                break;
            }
            if self.begin_range > 0 {
                self.begin_range -= 1;
                self.in_range += 1;
                if results.is_empty() {
                    self.root_start = i + 1;
                    self.find_nested(nodes, Val::Invalid)?;
                } else {
                    for value in results {
                        self.root_start = i + 1;
                        let item = match value {
                            Val::Json(Value::Null) => Val::Invalid,
                            v => v,
                        };
                        full.extend(self.find_nested(nodes, item)?);
                    }
                }
                self.in_range -= 1;
                if let Some(k) = (i + 1..nodes.len()).find(|k| Some(*k) == self.last_end_node) {
                    i = k;
                }
                i += 1;
                continue;
            }
            full.push(results);
            i += 1;
        }
        Ok(full)
    }

    fn find_nested<'a>(&mut self, nodes: &[Node], data: Val<'a>) -> Result<Vec<Vec<Val<'a>>>, String> {
        if self.depth >= MAX_DEPTH {
            return Err("jsonpath template nests too deeply".into());
        }
        self.depth += 1;
        let r = self.find_in(nodes, vec![data]);
        self.depth -= 1;
        r
    }

    fn walk<'a>(&mut self, input: &[Val<'a>], node: &Node) -> Walk<'a> {
        match node {
            Node::List(nodes) => self.eval_list(input, nodes),
            Node::Text(t) => Ok(vec![Val::Text(t.clone())]),
            Node::Field(name) => self.eval_field(input, name),
            Node::Array(params) => eval_array(input, params),
            Node::Filter { left, right, op } => self.eval_filter(input, left, right, op),
            Node::Int(v) => Ok(vec![Val::Int(*v); input.len()]),
            Node::Float(v) => Ok(vec![Val::Float(*v); input.len()]),
            Node::Bool(v) => Ok(vec![Val::Bool(*v); input.len()]),
            Node::Wildcard => Ok(input.iter().filter(|v| !matches!(v, Val::Json(Value::Null))).flat_map(children_of).collect()),
            Node::Recursive => Ok(eval_recursive(input)),
            Node::Union(lists) => {
                let mut out = Vec::new();
                for l in lists {
                    match self.eval_list(input, l) {
                        Ok(v) => out.extend(v),
                        Err(f) => return Err(fail(input.to_vec(), f.msg)),
                    }
                }
                Ok(out)
            }
            Node::Identifier(name) => self.eval_identifier(input, name),
        }
    }

    fn eval_list<'a>(&mut self, input: &[Val<'a>], nodes: &[Node]) -> Walk<'a> {
        let mut cur = input.to_vec();
        for n in nodes {
            cur = self.walk(&cur, n)?;
        }
        Ok(cur)
    }

    fn eval_identifier<'a>(&mut self, input: &[Val<'a>], name: &str) -> Walk<'a> {
        match name {
            "range" => {
                self.begin_range += 1;
                Ok(input.to_vec())
            }
            "end" if self.in_range > 0 => {
                self.end_range += 1;
                Ok(Vec::new())
            }
            "end" => Err(fail(Vec::new(), "not in range, nothing to end")),
            other => Err(fail(input.to_vec(), format!("unrecognized identifier {}", other))),
        }
    }

    fn eval_field<'a>(&mut self, input: &[Val<'a>], name: &str) -> Walk<'a> {
        if input.is_empty() {
            return Ok(Vec::new());
        }
        let mut results = Vec::new();
        for v in input {
            if let Val::Json(Value::Object(m)) = v {
                if let Some(x) = m.get(name) {
                    results.push(Val::Json(x));
                }
            }
        }
        if results.is_empty() && !self.allow_missing_keys {
            return Err(fail(Vec::new(), format!("{} is not found", name)));
        }
        Ok(results)
    }

    fn eval_filter<'a>(&mut self, input: &[Val<'a>], left: &[Node], right: &[Node], op: &str) -> Walk<'a> {
        let mut results = Vec::new();
        for v in input {
            let Val::Json(Value::Array(items)) = v else {
                let shown = match v {
                    Val::Json(Value::Null) => "<nil>".to_string(),
                    other => other.sprint(),
                };
                return Err(fail(input.to_vec(), format!("{} is not array or slice and cannot be filtered", shown)));
            };
            for item in items {
                let temp = [Val::Json(item)];
                let lefts = self.eval_list(&temp, left);
                if op == "exists" {
                    let found = match &lefts {
                        Ok(l) => !l.is_empty(),
                        Err(f) => !f.vals.is_empty(),
                    };
                    if found {
                        results.push(Val::Json(item));
                    }
                    continue;
                }
                let lefts = lefts.map_err(|f| fail(input.to_vec(), f.msg))?;
                match lefts.len() {
                    0 => continue,
                    1 => {}
                    _ => return Err(fail(input.to_vec(), "can only compare one element at a time")),
                }
                let rights = self.eval_list(&temp, right).map_err(|f| fail(input.to_vec(), f.msg))?;
                match rights.len() {
                    0 => continue,
                    1 => {}
                    _ => return Err(fail(input.to_vec(), "can only compare one element at a time")),
                }
                match compare(op, &lefts[0], &rights[0]) {
                    None => return Err(fail(results, format!("unrecognized filter operator {}", op))),
                    Some(Err(e)) => return Err(fail(results, e)),
                    Some(Ok(true)) => results.push(Val::Json(item)),
                    Some(Ok(false)) => {}
                }
            }
        }
        Ok(results)
    }

    /// `Execute`: the template's text for `data`.
    pub fn execute(&mut self, data: &Value) -> Result<String, String> {
        let results = self.find_results(data)?;
        let mut out = String::new();
        for r in &results {
            out.push_str(&self.print_results(r));
        }
        Ok(out)
    }

    /// `PrintResults`: values joined by a space; maps and lists as compact JSON.
    pub fn print_results(&self, results: &[Val]) -> String {
        if self.output_json {
            let arr = Value::Array(results.iter().map(Val::to_json).collect());
            return gofmt::json_indent(&arr, "    ") + "\n";
        }
        let mut out = String::new();
        for (i, r) in results.iter().enumerate() {
            match r {
                Val::Json(v @ (Value::Object(_) | Value::Array(_))) => out.push_str(&gofmt::json_compact(v)),
                Val::Json(Value::Null) => out.push_str("null"),
                Val::Invalid => out.push_str("<no value>"),
                other => out.push_str(&other.sprint()),
            }
            if i + 1 != results.len() {
                out.push(' ');
            }
        }
        out
    }
}

fn children_of<'a>(v: &Val<'a>) -> Vec<Val<'a>> {
    match v {
        Val::Json(Value::Object(m)) => m.values().map(Val::Json).collect(),
        Val::Json(Value::Array(a)) => a.iter().map(Val::Json).collect(),
        Val::Json(Value::String(s)) => s.bytes().map(Val::Byte).collect(),
        Val::Text(s) => s.bytes().map(Val::Byte).collect(),
        _ => Vec::new(),
    }
}

fn eval_recursive<'a>(input: &[Val<'a>]) -> Vec<Val<'a>> {
    let mut result = Vec::new();
    for v in input {
        if matches!(v, Val::Json(Value::Null)) {
            continue;
        }
        let children = children_of(v);
        if !children.is_empty() {
            result.push(v.clone());
            result.extend(eval_recursive(&children));
        }
    }
    result
}

fn eval_array<'a>(input: &[Val<'a>], params: &[Param; 3]) -> Walk<'a> {
    let mut result = Vec::new();
    for v in input {
        let items = match v {
            Val::Json(Value::Null) => continue,
            Val::Json(Value::Array(a)) => a,
            other => return Err(fail(input.to_vec(), format!("{} is not array or slice", other.type_name()))),
        };
        let len = items.len() as i64;
        let mut p = *params;
        if !p[0].known {
            p[0].value = 0;
        }
        if p[0].value < 0 {
            p[0].value = p[0].value.wrapping_add(len);
        }
        if !p[1].known {
            p[1].value = len;
        }
        if p[1].value < 0 || (p[1].value == 0 && p[1].derived) {
            p[1].value = p[1].value.wrapping_add(len);
        }
        if p[1].value == p[0].value {
            return Ok(result);
        }
        if p[0].value >= len || p[0].value < 0 {
            return Err(fail(input.to_vec(), format!("array index out of bounds: index {}, length {}", p[0].value, len)));
        }
        if p[1].value > len || p[1].value < 0 {
            return Err(fail(input.to_vec(), format!("array index out of bounds: index {}, length {}", p[1].value.wrapping_sub(1), len)));
        }
        if p[0].value > p[1].value {
            return Err(fail(input.to_vec(), format!("starting index {} is greater than ending index {}", p[0].value, p[1].value)));
        }
        let slice = &items[p[0].value as usize..p[1].value as usize];
        let mut step = 1usize;
        if p[2].known {
            if p[2].value <= 0 {
                return Err(fail(input.to_vec(), "step must be > 0"));
            }
            step = p[2].value.min(slice.len().max(1) as i64) as usize;
        }
        result.extend(slice.iter().step_by(step).map(Val::Json));
    }
    Ok(result)
}

/// `RelaxedJSONPathExpression` (custom columns and `--sort-by`): `metadata.name`, `.metadata.name`,
/// `{metadata.name}` and `{.metadata.name}` all become `{.metadata.name}`.
pub fn relaxed(expr: &str) -> Result<String, String> {
    if expr.is_empty() {
        return Ok(String::new());
    }
    let inner = match expr.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
        Some(inner) if !inner.contains(['{', '}']) => inner,
        _ if !expr.contains(['{', '}']) => expr,
        _ => return Err("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'".into()),
    };
    let field = match inner.strip_prefix('.') {
        Some(rest) if !rest.is_empty() => rest,
        _ => inner,
    };
    if field.is_empty() {
        return Err("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'".into());
    }
    Ok(format!("{{.{}}}", field))
}

#[cfg(test)]
mod tests;
