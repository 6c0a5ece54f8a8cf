//! The page's manifest editor, without the page: what the real decoders say about the text
//! (kubectl's YAML errors, an unknown kind, the apiserver's strict field validation), placed
//! on the line it concerns; the YAML split into coloured tokens; examples to start from; and
//! the terminal script that applies or deletes the text (a heredoc, so the terminal and the
//! journal show exactly what ran).

use crate::apiserver::decode::{decode_version, FieldValidation};
use crate::api::Kind;

/// What is wrong, and on which line (1-based; 0 when no line can be named).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

/// Manifests to start from (written for kubeplay; each applies cleanly).
pub const EXAMPLES: [(&str, &str); 5] = [
    ("ReplicationController", "apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: nginx\nspec:\n  replicas: 3\n  selector:\n    app: nginx\n  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n        ports:\n        - containerPort: 80\n"),
    ("Deployment", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.27\n        ports:\n        - containerPort: 80\n        resources:\n          requests:\n            cpu: 100m\n            memory: 64Mi\n"),
    ("Service (NodePort)", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: 80\n    nodePort: 30080\n"),
    ("Pod with a readiness probe", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: probed\n  labels:\n    app: probed\nspec:\n  containers:\n  - name: nginx\n    image: nginx\n    readinessProbe:\n      httpGet:\n        path: /\n        port: 80\n      periodSeconds: 5\n"),
    ("Job", "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: pi\nspec:\n  backoffLimit: 4\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: pi\n        image: busybox\n        command: [\"sh\", \"-c\", \"echo 3.14159; sleep 5\"]\n"),
];

/// The kind a document names at one of its served versions.
fn kind_of(api_version: &str, kind: &str) -> Option<(Kind, &'static str)> {
    Kind::ALL.iter().copied().filter(|k| k.info().kind == kind).find_map(|k| {
        crate::api::conversion::served_versions(k).iter().copied().find(|v| crate::api::conversion::api_version(k, v) == api_version).map(|v| (k, v))
    })
}

/// The 1-based lines where each document starts (after a `---`, or the first line).
fn document_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![1];
    for (i, l) in text.lines().enumerate() {
        if l.trim_end() == "---" || l.starts_with("--- ") {
            starts.push(i + 2);
        }
    }
    starts
}

/// The line of a field (`spec.template.spec.containers[0].imagePullPolice`) in the document
/// starting at `start`: each segment's key searched for below the previous one.
fn field_line(text: &str, start: usize, path: &str) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    let mut at = start.saturating_sub(1);
    let mut found = 0;
    for seg in path.split('.') {
        let key = seg.split('[').next().unwrap_or(seg);
        let hit = lines.iter().enumerate().skip(at).take_while(|(i, l)| *i == at || !(l.trim_end() == "---")).find(|(_, l)| {
            let t = l.trim_start().trim_start_matches("- ").trim_start();
            t.strip_prefix(key).is_some_and(|rest| rest.starts_with(':')) || t.strip_prefix(&format!("\"{}\"", key)).is_some_and(|rest| rest.starts_with(':'))
        });
        match hit {
            Some((i, _)) => {
                at = i;
                found = i + 1;
            }
            None => break,
        }
    }
    if found == 0 {
        start
    } else {
        found
    }
}

/// What kubectl and the apiserver would reject in `text`, each on its line.
pub fn check(text: &str) -> Vec<Problem> {
    if text.trim().is_empty() {
        return vec![];
    }
    let docs = match crate::manifest::parse_documents(text) {
        Ok(d) => d,
        Err(e) => {
            let line = e.0.split("line ").nth(1).and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next()).and_then(|n| n.parse().ok()).unwrap_or(0);
            return vec![Problem { line, message: format!("error: error parsing STDIN: {}", e.0) }];
        }
    };
    let starts = document_starts(text);
    let mut problems = Vec::new();
    // `kind: List` expands, so documents and starts may not pair up; past the end, line 0.
    for (i, doc) in docs.into_iter().enumerate() {
        let start = starts.get(i).copied().unwrap_or(0);
        let kind = doc["kind"].as_str().unwrap_or("").to_string();
        let api_version = doc["apiVersion"].as_str().unwrap_or("").to_string();
        let name = doc["metadata"]["name"].as_str().unwrap_or("").to_string();
        if kind.is_empty() {
            problems.push(Problem { line: start, message: format!("error: unable to decode \"STDIN\": Object 'Kind' is missing in '{}'", doc) });
            continue;
        }
        let Some((k, version)) = kind_of(&api_version, &kind) else {
            problems.push(Problem {
                line: field_line(text, start, "kind"),
                message: format!("error: resource mapping not found for name: {:?} namespace: \"\" from \"STDIN\": no matches for kind {:?} in version {:?}", name, kind, api_version),
            });
            continue;
        };
        if name.is_empty() && doc["metadata"]["generateName"].as_str().unwrap_or("").is_empty() {
            problems.push(Problem { line: start, message: "error: error when retrieving current configuration: resource name may not be empty".into() });
            continue;
        }
        if let Err(e) = decode_version(k, version, doc, FieldValidation::Strict) {
            let message = format!("Error from server (BadRequest): error when creating \"STDIN\": {}", e.message);
            let line = e.message.split("unknown field \"").nth(1).and_then(|r| r.split('"').next()).map(|path| field_line(text, start, path)).unwrap_or(start);
            problems.push(Problem { line, message });
        }
    }
    problems
}

/// The terminal script that runs `kubectl VERB -f -` on the text (`apply` or `delete`).
pub fn script(verb: &str, text: &str) -> String {
    let mut end = "EOF".to_string();
    while text.lines().any(|l| l == end) {
        end.push('_');
    }
    let body = if text.ends_with('\n') { text.to_string() } else { format!("{}\n", text) };
    format!("kubectl {} -f - <<'{}'\n{}{}", verb, end, body, end)
}

/// A token of a highlighted line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Key,
    Str,
    Num,
    Comment,
    Punct,
    Plain,
}

/// One YAML line split into tokens: indentation and `- ` as punctuation, `key:`, the value
/// (string, number or boolean), and a trailing comment.
pub fn highlight(line: &str) -> Vec<(Tok, &str)> {
    let mut out = Vec::new();
    if line.trim_end() == "---" {
        out.push((Tok::Punct, line));
        return out;
    }
    let body_at = line.len() - line.trim_start_matches([' ', '-']).len();
    if body_at > 0 {
        out.push((Tok::Punct, &line[..body_at]));
    }
    let rest = &line[body_at..];
    if rest.starts_with('#') {
        out.push((Tok::Comment, rest));
        return out;
    }
    // `key:` up to the first ": " or a final ':' outside quotes.
    let key_end = if rest.starts_with('"') || rest.starts_with('\'') { None } else { rest.find(": ").or_else(|| rest.strip_suffix(':').map(|r| r.len())) };
    let value = match key_end {
        Some(k) => {
            out.push((Tok::Key, &rest[..k]));
            out.push((Tok::Punct, &rest[k..k + 1]));
            &rest[k + 1..]
        }
        None => rest,
    };
    let (value, comment) = match value.find(" #") {
        Some(c) if !value[..c].contains('"') && !value[..c].contains('\'') => (&value[..c], &value[c..]),
        _ => (value, ""),
    };
    if !value.is_empty() {
        let v = value.trim();
        let tok = if v.parse::<i64>().is_ok() || matches!(v, "true" | "false" | "null" | "~") || decfloat::parse(v).is_some() && v.contains('.') {
            Tok::Num
        } else if v.starts_with('|') || v.starts_with('>') || v.starts_with('[') || v.starts_with('{') {
            Tok::Plain
        } else {
            Tok::Str
        };
        out.push((tok, value));
    }
    if !comment.is_empty() {
        out.push((Tok::Comment, comment));
    }
    out
}

/// Examples and checks of the pure parts; the integration test applies through the script.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_passes_the_checks() {
        for (name, text) in EXAMPLES {
            assert_eq!(check(text), vec![], "{}", name);
        }
    }

    #[test]
    fn problems_name_their_line() {
        let text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n    imagePullPolice: Always\n";
        let p = check(text);
        assert_eq!(p.len(), 1, "{:?}", p);
        assert_eq!(p[0].line, 9, "{:?}", p);
        assert!(p[0].message.ends_with("Pod in version \"v1\" cannot be handled as a Pod: strict decoding error: unknown field \"spec.containers[0].imagePullPolice\""), "{}", p[0].message);
        let bad_yaml = check("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n   labels: x\n");
        assert_eq!(bad_yaml.len(), 1);
        assert!(bad_yaml[0].message.starts_with("error: error parsing STDIN: ") && bad_yaml[0].line > 0, "{:?}", bad_yaml);
        let second = check("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v9\nkind: Widget\nmetadata:\n  name: w\n");
        assert_eq!(second, vec![Problem { line: 7, message: "error: resource mapping not found for name: \"w\" namespace: \"\" from \"STDIN\": no matches for kind \"Widget\" in version \"v9\"".into() }]);
    }

    #[test]
    fn scripts_pick_a_terminator_the_text_does_not_hold() {
        assert_eq!(script("apply", "a: 1"), "kubectl apply -f - <<'EOF'\na: 1\nEOF");
        assert_eq!(script("delete", "EOF\n"), "kubectl delete -f - <<'EOF_'\nEOF\nEOF_");
    }

    #[test]
    fn lines_split_into_tokens() {
        assert_eq!(highlight("  - name: web # the app"), vec![(Tok::Punct, "  - "), (Tok::Key, "name"), (Tok::Punct, ":"), (Tok::Str, " web"), (Tok::Comment, " # the app")]);
        assert_eq!(highlight("  replicas: 3"), vec![(Tok::Punct, "  "), (Tok::Key, "replicas"), (Tok::Punct, ":"), (Tok::Num, " 3")]);
        assert_eq!(highlight("spec:"), vec![(Tok::Key, "spec"), (Tok::Punct, ":")]);
        assert_eq!(highlight("---"), vec![(Tok::Punct, "---")]);
    }
}
