//! The course: every bundled lesson's solution, replayed from a clean cluster as a learner
//! would type it, completes every step, and its transcript is the lesson's golden file
//! (`lessons/*/solution.out`; re-bless with `UPDATE_EXPECT=1`); every check fails at its
//! step's start and after half a minute idle, so none is vacuous. The authoring guide's
//! example is a working lesson, and a reload in the middle of a lesson keeps the step.

use kubeplay::lesson::{self, solve, Lesson};
use kubeplay::shell::playground::Playground;
use std::path::Path;
use std::time::Duration;

#[test]
fn every_solution_passes_every_check_and_no_check_is_vacuous() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let bless = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    let (mut lessons, mut steps, mut checks) = (0, 0, 0);
    for (folder, files) in lesson::bundled() {
        let l = match Lesson::parse(folder, &files) {
            Ok(l) => l,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        lessons += 1;
        steps += l.steps.len();
        checks += l.check_count();
        let solved = solve::solve(&l);
        failures.extend(solved.problems.iter().map(|p| format!("{}: {}", l.id, p)));
        let golden = root.join(folder).join("solution.out");
        if bless {
            std::fs::write(&golden, &solved.transcript).unwrap();
        } else {
            let want = std::fs::read_to_string(&golden).unwrap_or_default();
            if want != solved.transcript {
                failures.push(format!("{}: the transcript differs from {} (UPDATE_EXPECT=1 re-blesses it):\n{}", l.id, golden.display(), first_difference(&want, &solved.transcript)));
            }
        }
    }
    println!("course: {} lessons, {} steps, {} checks; every solution completed every step, and every check failed before its step was done", lessons, steps, checks);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let ids: Vec<String> = lesson::course().iter().map(|l| l.id.clone()).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "lesson ids are unique: {:?}", ids);
}

fn first_difference(want: &str, got: &str) -> String {
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            return format!("line {}:\n  golden: {}\n  now:    {}", i + 1, w, g);
        }
    }
    format!("golden has {} lines, now {}", want.lines().count(), got.lines().count())
}

/// The minimal lesson in `lessons/README.md`: its `lesson.md` and its files, as the guide shows
/// them (each file in a fenced block after a line naming it in backquotes).
fn guide_example() -> lesson::Folder {
    let guide = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/README.md")).unwrap();
    let mut files = lesson::Folder::new();
    let mut name: Option<String> = None;
    let mut lines = guide.lines();
    while let Some(line) = lines.next() {
        if let Some(n) = line.strip_prefix("File `").and_then(|r| r.split('`').next()) {
            name = Some(n.to_string());
        } else if let (Some(n), Some(fence)) = (name.as_ref(), line.strip_prefix("````")) {
            let _ = fence;
            let mut body = String::new();
            for l in lines.by_ref() {
                if l == "````" {
                    break;
                }
                body.push_str(l);
                body.push('\n');
            }
            files.insert(n.clone(), body);
            name = None;
        }
    }
    files
}

#[test]
fn the_authoring_guides_example_is_a_working_lesson() {
    let files = guide_example();
    assert!(files.contains_key("lesson.md"), "the guide shows a lesson.md: {:?}", files.keys().collect::<Vec<_>>());
    let l = Lesson::parse("my-first-lesson", &files).unwrap_or_else(|e| panic!("the guide's example does not parse: {}", e));
    let solved = solve::solve(&l);
    assert!(solved.problems.is_empty(), "{}\n{}", solved.problems.join("\n"), solved.transcript);
    assert!(solved.transcript.ends_with("lesson complete\n"), "{}", solved.transcript);
}

#[test]
fn a_reload_in_the_middle_of_a_lesson_keeps_the_step_and_the_cluster() {
    let l = lesson::find("rc-heals").expect("the rc-heals lesson is bundled");
    let mut p = Playground::for_lesson(l.clone(), 1_700_000_000_000);
    for line in l.steps[0].solution.lines() {
        p.submit(line);
        while p.term.busy() {
            p.advance(Duration::from_millis(100));
        }
    }
    for _ in 0..20 {
        p.tick(Duration::from_millis(250));
    }
    let state = p.lesson.as_ref().unwrap();
    assert_eq!(state.progress.step, 1, "step 1 is done: {:?}", state.progress);
    // Half of step 2: a pod deleted, its replacement not yet checked.
    p.submit("kubectl delete pod --wait=false $(kubectl get pods -l app=nginx -o jsonpath='{.items[0].metadata.name}')");
    let pods = |p: &Playground| p.cluster().snapshot().nodes.iter().flat_map(|n| n.pods.iter().map(|x| (x.name.clone(), x.ip.clone()))).collect::<Vec<_>>();
    let q = Playground::restore(&p.save()).expect("restores");
    assert_eq!(q.lesson.as_ref().map(|l| l.lesson.id.as_str()), Some("rc-heals"));
    assert_eq!(q.lesson.as_ref().unwrap().progress, p.lesson.as_ref().unwrap().progress, "the same step, checks and memory");
    assert_eq!(pods(&q), pods(&p));
    assert_eq!(q.cluster().now(), p.cluster().now());
    // And the step goes on from there: the replacement becomes ready.
    let mut q = q;
    for _ in 0..40 {
        q.advance(Duration::from_secs(1));
    }
    assert_eq!(q.lesson.as_ref().unwrap().progress.step, 2, "{:?}", q.lesson.as_ref().unwrap().progress);
}

#[test]
fn the_page_has_every_lessons_prose_rendered_as_pulldown_cmark_renders_it() {
    let mut texts = 0;
    for l in lesson::course() {
        let mut prose = vec![l.intro.clone()];
        prose.extend(l.steps.iter().map(|s| s.text.clone()));
        prose.extend(l.outro.iter().map(|s| s.text.clone()));
        for text in prose {
            let bundled = lesson::prerendered(&text).unwrap_or_else(|| panic!("{}: build.rs did not render {:?}", l.id, text));
            assert_eq!(bundled, lesson::markdown::parse(&text), "{}: {:?}", l.id, text);
            texts += 1;
        }
    }
    assert!(texts > 50, "{} texts", texts);
}
