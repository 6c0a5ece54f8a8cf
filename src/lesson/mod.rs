//! Lessons: the model, read from a lesson's folder (`lesson.md` with front matter, the files it
//! puts in the learner's workspace, the manifests its setup applies), the checks of each step
//! (`checks`), and the engine that follows a learner through them (`run`). The lessons under
//! `lessons/` are bundled into the program (`bundled`), so the page needs no fetch.
//!
//! A lesson is data, not code: a teacher writes Markdown and YAML (see `lessons/README.md`).

pub mod checks;
pub mod markdown;
pub mod run;
pub mod sections;
pub mod solve;

use checks::Check;
use serde_json::Value;
use std::collections::BTreeMap;

/// The cluster a lesson runs on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LessonCluster {
    pub seed: u64,
    pub workers: usize,
    pub control_planes: usize,
    /// kube-proxy's mode as kubeadm's configuration sets it: `iptables` or `ipvs`.
    pub proxy_mode: String,
}

#[derive(Clone, Debug)]
pub struct Step {
    pub title: String,
    /// The step's Markdown, without its `check` and `solution` blocks.
    pub text: String,
    pub checks: Vec<Check>,
    /// The commands that complete the step, one per line (heredocs span lines).
    pub solution: String,
}

#[derive(Clone, Debug)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub minutes: u32,
    pub cluster: LessonCluster,
    /// Put in the learner's home directory (`/root`) before the lesson starts.
    pub files: Vec<(String, String)>,
    /// Run before the lesson starts, unseen: `kubectl apply` of each manifest named in
    /// `setup`, and each other line as a command.
    pub setup: Vec<String>,
    /// Manifests the setup applies, by name.
    pub manifests: BTreeMap<String, String>,
    /// How long the cluster runs after the setup before the learner takes over.
    pub settle_seconds: u64,
    /// The Markdown before the first step.
    pub intro: String,
    pub steps: Vec<Step>,
    /// A last section without checks, shown when the lesson is complete.
    pub outro: Option<Step>,
}

impl Lesson {
    /// A lesson from its folder's files (`lesson.md` and the files it names). Errors name the
    /// file and what is wrong, for the lesson's author.
    pub fn parse(folder: &str, files: &BTreeMap<String, String>) -> Result<Lesson, String> {
        let text = files.get("lesson.md").ok_or_else(|| format!("{}: no lesson.md", folder))?;
        let err = |m: String| format!("{}/lesson.md: {}", folder, m);
        let (front, body) = sections::split_front_matter(text).ok_or_else(|| err("it must start with front matter between two `---` lines".into()))?;
        let fm = crate::manifest::parse_first(front).map_err(|e| err(format!("front matter: {}", e.0)))?;
        let fm = fm.as_object().ok_or_else(|| err("the front matter must be a YAML mapping".into()))?;
        for key in fm.keys() {
            if !FRONT_MATTER.contains(&key.as_str()) {
                return Err(err(format!("unknown front matter field {:?} (known: {})", key, FRONT_MATTER.join(", "))));
            }
        }
        let string = |k: &str| fm.get(k).map(scalar).unwrap_or_default();
        let id = string("id");
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            return Err(err("`id` must be lowercase letters, digits and dashes (it names the lesson in addresses)".into()));
        }
        let title = string("title");
        if title.is_empty() {
            return Err(err("`title` is missing".into()));
        }
        let cluster = parse_cluster(fm.get("cluster")).map_err(err)?;
        let names = |k: &str| -> Result<Vec<String>, String> {
            match fm.get(k) {
                None => Ok(Vec::new()),
                Some(Value::Array(a)) => Ok(a.iter().map(scalar).collect()),
                Some(_) => Err(err(format!("`{}` must be a list", k))),
            }
        };
        let mut placed = Vec::new();
        for name in names("files")? {
            let text = files.get(&name).ok_or_else(|| err(format!("`files` names {:?}, which is not in the lesson's folder", name)))?;
            placed.push((name, text.clone()));
        }
        let mut manifests = BTreeMap::new();
        let setup = names("setup")?;
        for line in &setup {
            if is_manifest_name(line) {
                let text = files.get(line).ok_or_else(|| err(format!("`setup` names {:?}, which is not in the lesson's folder", line)))?;
                manifests.insert(line.clone(), text.clone());
            }
        }
        let settle_seconds = match fm.get("settle") {
            None => 20,
            Some(v) => crate::sim::clock::parse_duration(&scalar(v)).map(|d| d.as_secs()).map_err(|e| err(format!("`settle`: {}", e)))?,
        };
        let (intro, parts) = sections::split_sections(body);
        let mut steps = Vec::new();
        let mut outro = None;
        let count = parts.len();
        for (i, (title, text)) in parts.into_iter().enumerate() {
            let step = parse_step(title, &text).map_err(|e| err(e))?;
            if step.checks.is_empty() {
                if i + 1 != count {
                    return Err(err(format!("step {:?} has no checks (only the last section may have none: it is shown when the lesson is complete)", step.title)));
                }
                outro = Some(step);
            } else {
                if step.solution.trim().is_empty() {
                    return Err(err(format!("step {:?} has checks but no `solution` block", step.title)));
                }
                steps.push(step);
            }
        }
        if steps.is_empty() {
            return Err(err("a lesson needs at least one step (a `## ` heading with a `check` block)".into()));
        }
        Ok(Lesson {
            id,
            title,
            summary: string("summary"),
            minutes: fm.get("minutes").and_then(Value::as_u64).unwrap_or(10) as u32,
            cluster,
            files: placed,
            setup,
            manifests,
            settle_seconds,
            intro: intro.trim().to_string(),
            steps,
            outro,
        })
    }

    /// The lesson's checks, counted over all steps.
    pub fn check_count(&self) -> usize {
        self.steps.iter().map(|s| s.checks.len()).sum()
    }
}

const FRONT_MATTER: [&str; 9] = ["id", "title", "summary", "minutes", "cluster", "files", "setup", "settle", "order"];

fn is_manifest_name(s: &str) -> bool {
    !s.contains(' ') && (s.ends_with(".yaml") || s.ends_with(".yml") || s.ends_with(".json"))
}

/// A YAML scalar as text (numbers and booleans as YAML writes them).
pub(crate) fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn parse_cluster(v: Option<&Value>) -> Result<LessonCluster, String> {
    let mut c = LessonCluster { seed: 1, workers: 2, control_planes: 1, proxy_mode: "iptables".into() };
    let Some(v) = v else { return Ok(c) };
    let m = v.as_object().ok_or("`cluster` must be a mapping")?;
    for (k, v) in m {
        let n = || v.as_u64().ok_or(format!("`cluster.{}` must be a number", k));
        match k.as_str() {
            "seed" => c.seed = n()?,
            "workers" => c.workers = (n()? as usize).clamp(1, 50),
            "controlPlanes" => c.control_planes = n()? as usize,
            "kubeProxyMode" => c.proxy_mode = scalar(v),
            other => return Err(format!("unknown field `cluster.{}` (known: seed, workers, controlPlanes, kubeProxyMode)", other)),
        }
    }
    if c.control_planes != 1 && c.control_planes != 3 {
        return Err("`cluster.controlPlanes` must be 1 or 3".into());
    }
    if c.proxy_mode != "iptables" && c.proxy_mode != "ipvs" {
        return Err("`cluster.kubeProxyMode` must be iptables or ipvs".into());
    }
    Ok(c)
}

/// A step: its text, its `check` blocks (YAML lists of checks) and `solution` blocks.
fn parse_step(title: String, text: &str) -> Result<Step, String> {
    let parts = sections::split_blocks(text);
    if let Some(kind) = parts.unclosed {
        return Err(format!("step {:?}: its `{}` block is not closed", title, kind));
    }
    let mut checks = Vec::new();
    let mut solution = String::new();
    for (kind, body) in &parts.blocks {
        if *kind == "solution" {
            solution.push_str(body);
            continue;
        }
        let v = crate::manifest::parse_first(body).map_err(|e| format!("step {:?}: check block: {}", title, e.0))?;
        let items = match v {
            Value::Array(a) => a,
            other => vec![other],
        };
        for item in &items {
            checks.push(Check::parse(item).map_err(|e| format!("step {:?}: {}", title, e))?);
        }
    }
    Ok(Step { title, text: parts.prose, checks, solution })
}

/// A lesson folder's files, as the bundle and the native loader hand them over.
pub type Folder = BTreeMap<String, String>;

/// The lessons bundled into the program from `lessons/` (by `build.rs`), in course order:
/// (folder, files).
pub fn bundled() -> Vec<(&'static str, Folder)> {
    include!(concat!(env!("OUT_DIR"), "/lessons.rs"))
        .iter()
        .map(|(folder, files)| (*folder, files.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect()))
        .collect()
}

/// The bundled lessons' prose, rendered by `build.rs`: (key, encoded tree), by key.
const RENDERED: &[(u64, &str)] = include!(concat!(env!("OUT_DIR"), "/markdown.rs"));

/// A bundled lesson's Markdown as `build.rs` rendered it.
pub fn prerendered(text: &str) -> Option<Vec<markdown::Md>> {
    let key = sections::key(text);
    let i = RENDERED.binary_search_by_key(&key, |(k, _)| *k).ok()?;
    markdown::decode(RENDERED[i].1)
}

/// A lesson's Markdown as the page shows it. The page renders only what was rendered when the
/// course was bundled (its text otherwise, as one paragraph); natively, pulldown-cmark parses.
pub fn render(text: &str) -> Vec<markdown::Md> {
    #[cfg(not(target_arch = "wasm32"))]
    return markdown::parse(text);
    #[cfg(target_arch = "wasm32")]
    prerendered(text).unwrap_or_else(|| vec![markdown::Md::El { tag: "p", href: None, children: vec![markdown::Md::Text(text.to_string())] }])
}

/// The bundled course, parsed. A lesson that does not parse is left out (the tests fail on it).
pub fn course() -> Vec<Lesson> {
    bundled().iter().filter_map(|(folder, files)| Lesson::parse(folder, files).ok()).collect()
}

/// The bundled lesson with this id.
pub fn find(id: &str) -> Option<Lesson> {
    course().into_iter().find(|l| l.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(md: &str) -> Folder {
        let mut f = Folder::new();
        f.insert("lesson.md".into(), md.into());
        f.insert("pod.yaml".into(), "apiVersion: v1\nkind: Pod\n".into());
        f
    }

    const MINIMAL: &str = "---\nid: first-pod\ntitle: Your first pod\nfiles: [pod.yaml]\n---\nIntro text.\n\n## Create it\n\nRun this:\n\n```sh\nkubectl apply -f pod.yaml\n## not a heading\n```\n\n```check\n- pods: {name: web, status: Running}\n  hint: Apply pod.yaml.\n```\n\n```solution\nkubectl apply -f pod.yaml\n```\n\n## Done\n\nWell done.\n";

    #[test]
    fn reads_front_matter_steps_checks_and_solutions() {
        let l = Lesson::parse("01-first-pod", &folder(MINIMAL)).unwrap();
        assert_eq!(l.id, "first-pod");
        assert_eq!(l.files[0].0, "pod.yaml");
        assert_eq!(l.intro, "Intro text.");
        assert_eq!(l.steps.len(), 1);
        assert_eq!(l.steps[0].checks.len(), 1);
        assert_eq!(l.steps[0].checks[0].hint, "Apply pod.yaml.");
        assert_eq!(l.steps[0].solution, "kubectl apply -f pod.yaml\n");
        assert!(l.steps[0].text.contains("## not a heading"), "{}", l.steps[0].text);
        assert!(!l.steps[0].text.contains("```check"));
        assert_eq!(l.outro.as_ref().unwrap().text, "Well done.");
    }

    #[test]
    fn an_author_is_told_what_is_wrong() {
        let e = |md: &str| Lesson::parse("x", &folder(md)).unwrap_err();
        assert!(e("no front matter").contains("front matter"));
        assert!(e(&MINIMAL.replace("files: [pod.yaml]", "files: [rc.yaml]")).contains("\"rc.yaml\", which is not in the lesson's folder"));
        assert!(e(&MINIMAL.replace("title: Your", "tittle: Your")).contains("unknown front matter field \"tittle\""));
        assert!(e(&MINIMAL.replace("pods: {name: web", "pod: {name: web")).contains("unknown check"));
        assert!(e(&MINIMAL.replace("```solution\nkubectl apply -f pod.yaml\n```", "")).contains("no `solution` block"));
    }
}
