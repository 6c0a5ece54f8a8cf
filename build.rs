//! Bundles the course: every folder under `lessons/` with a `lesson.md` becomes an entry of
//! `$OUT_DIR/lessons.rs` (its files by `include_str!`, in folder order), which
//! `kubeplay::lesson::bundled` includes. Golden transcripts (`*.out`) stay out. The lessons'
//! prose is rendered from Markdown here, with the same code the native build runs
//! (`src/lesson/markdown.rs`), into `$OUT_DIR/markdown.rs`: (text key, encoded tree) pairs the
//! page looks up instead of parsing Markdown itself.

#[path = "src/lesson/markdown.rs"]
#[allow(dead_code)]
mod markdown;
#[path = "src/lesson/sections.rs"]
#[allow(dead_code)]
mod sections;

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut folders: Vec<_> = std::fs::read_dir(&root).map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.join("lesson.md").is_file()).collect()).unwrap_or_default();
    folders.sort();
    let mut code = String::from("{ const LESSONS: &[(&str, &[(&str, &str)])] = &[\n");
    let mut rendered: Vec<(u64, String)> = Vec::new();
    for folder in folders {
        println!("cargo:rerun-if-changed={}", folder.display());
        let mut files: Vec<_> = std::fs::read_dir(&folder).expect("lesson folder").filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_file() && p.extension().is_none_or(|x| x != "out")).collect();
        files.sort();
        let name = folder.file_name().unwrap().to_string_lossy().into_owned();
        let _ = write!(code, "    ({:?}, &[", name);
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            if f.file_name().is_some_and(|n| n == "lesson.md") {
                let text = std::fs::read_to_string(&f).expect("lesson.md");
                for prose in sections::prose_texts(&text) {
                    rendered.push((sections::key(&prose), markdown::encode(&markdown::parse(&prose))));
                }
            }
            let _ = write!(code, "({:?}, include_str!({:?})), ", f.file_name().unwrap().to_string_lossy(), f.display().to_string());
        }
        code.push_str("]),\n");
    }
    code.push_str("]; LESSONS }\n");
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(Path::new(&out_dir).join("lessons.rs"), code).expect("write lessons.rs");
    rendered.sort();
    rendered.dedup();
    let mut table = String::from("&[\n");
    for (key, tree) in rendered {
        let _ = writeln!(table, "    ({}, {:?}),", key, tree);
    }
    table.push(']');
    std::fs::write(Path::new(&out_dir).join("markdown.rs"), table).expect("write markdown.rs");
}
