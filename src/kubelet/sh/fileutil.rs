//! `cp`, `mv`, `tee`, `basename` and `dirname` for containers and the learner's machine, with
//! GNU coreutils' messages (busybox's in busybox and Alpine images).

use super::programs::{read_file, Image};
use super::{Flow, Sys};

fn busybox(sys: &Sys) -> bool {
    matches!(sys.image, Image::Busybox | Image::Alpine | Image::Curl)
}

fn base(p: &str) -> &str {
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        return "/";
    }
    t.rsplit('/').next().unwrap_or(t)
}

fn parent(p: &str) -> String {
    let t = p.trim_end_matches('/');
    match t.rfind('/') {
        Some(0) => "/".into(),
        Some(i) => t[..i].trim_end_matches('/').to_string(),
        None => ".".into(),
    }
}

/// Copies `src` (a file, or a directory with everything under it) to `dest`.
fn copy(sys: &mut Sys, src: &str, dest: &str) {
    if sys.fs.is_dir(sys.image, src) {
        sys.fs.mkdir(dest);
        for child in sys.fs.list(sys.image, src) {
            copy(sys, &format!("{}/{}", src.trim_end_matches('/'), child), &format!("{}/{}", dest.trim_end_matches('/'), child));
        }
    } else if let Some(text) = read_file(sys, src) {
        sys.fs.write(dest, &text, false);
    }
}

/// Removes `path` and everything under it.
fn remove(sys: &mut Sys, path: &str) {
    if sys.fs.is_dir(sys.image, path) {
        for child in sys.fs.list(sys.image, path) {
            remove(sys, &format!("{}/{}", path.trim_end_matches('/'), child));
        }
        let p = sys.fs.abs(path);
        sys.fs.dirs.remove(&p);
        sys.fs.removed.insert(p);
    } else {
        sys.fs.remove(sys.image, path);
    }
}

/// `cp [-r|-R|-a] SRC… DEST` and `mv SRC… DEST`.
pub fn cp_mv(name: &str, args: &[String], out: &mut String, sys: &mut Sys) -> Flow {
    let recursive = name == "mv" || args.iter().any(|a| a.starts_with('-') && !a.starts_with("--") && (a.contains('r') || a.contains('R') || a.contains('a')));
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let bb = busybox(sys);
    let Some((dest, srcs)) = paths.split_last().filter(|(_, s)| !s.is_empty()) else {
        let what = if paths.is_empty() { "missing file operand".to_string() } else { format!("missing destination file operand after '{}'", paths[0]) };
        out.push_str(&if bb { format!("BusyBox v1.36.1 multi-call binary.\n\nUsage: {} [-fin] SOURCE... DEST\n", name) } else { format!("{}: {}\nTry '{} --help' for more information.\n", name, what, name) });
        return Flow::Status(1);
    };
    let dest_dir = sys.fs.is_dir(sys.image, dest);
    if srcs.len() > 1 && !dest_dir {
        let exists = read_file(sys, dest).is_some();
        out.push_str(&if exists || bb { format!("{}: target '{}' is not a directory\n", name, dest) } else { format!("{}: target '{}': No such file or directory\n", name, dest) });
        return Flow::Status(1);
    }
    let mut status = 0;
    for src in srcs {
        let is_dir = sys.fs.is_dir(sys.image, src);
        if !is_dir && read_file(sys, src).is_none() {
            out.push_str(&match (bb, name) {
                (true, _) => format!("{}: can't stat '{}': No such file or directory\n", name, src),
                (false, "mv") => format!("mv: cannot stat '{}': No such file or directory\n", src),
                _ => format!("cp: cannot stat '{}': No such file or directory\n", src),
            });
            status = 1;
            continue;
        }
        if is_dir && !recursive {
            out.push_str(&if bb { format!("cp: omitting directory '{}'\n", src) } else { format!("cp: -r not specified; omitting directory '{}'\n", src) });
            status = 1;
            continue;
        }
        let target = if dest_dir { format!("{}/{}", dest.trim_end_matches('/'), base(src)) } else { dest.to_string() };
        if !sys.fs.is_dir(sys.image, &parent(&target)) {
            out.push_str(&if bb { format!("{}: can't create '{}': No such file or directory\n", name, target) } else { format!("{}: cannot create regular file '{}': No such file or directory\n", name, target) });
            status = 1;
            continue;
        }
        copy(sys, src, &target);
        if name == "mv" {
            remove(sys, src);
        }
    }
    Flow::Status(status)
}

/// `tee [-a] FILE…`: standard input to each file and to standard output.
pub fn tee(args: &[String], stdin: Option<&str>, out: &mut String, sys: &mut Sys) -> Flow {
    let append = args.iter().any(|a| a == "-a" || a == "--append");
    let text = stdin.unwrap_or("");
    for f in args.iter().filter(|a| !a.starts_with('-')) {
        sys.fs.write(f, text, append);
    }
    out.push_str(text);
    Flow::Status(0)
}

/// `basename NAME [SUFFIX]` and `dirname NAME…`.
pub fn names(name: &str, args: &[String], out: &mut String) -> Flow {
    let Some(first) = args.first() else {
        out.push_str(&format!("{}: missing operand\nTry '{} --help' for more information.\n", name, name));
        return Flow::Status(1);
    };
    if name == "dirname" {
        for a in args {
            out.push_str(&format!("{}\n", parent(a)));
        }
    } else {
        let b = base(first);
        let b = args.get(1).and_then(|s| b.strip_suffix(s.as_str())).filter(|r| !r.is_empty()).unwrap_or(b);
        out.push_str(&format!("{}\n", b));
    }
    Flow::Status(0)
}
