//! `tar` (GNU tar in Debian-based images and on the learner's host, busybox's in busybox and
//! Alpine): `c`reate, e`x`tract and lis`t` POSIX ustar archives (`f -` for standard input and
//! output, `-C DIR`, `v`, `m`, `--no-same-owner`, `--no-same-permissions`). `kubectl cp` drives
//! it in the container, as upstream does: `tar cf - PATH` to copy out, `tar -xmf - -C DIR` to copy
//! in. Archives are real ustar bytes (512-byte headers, NUL padding, two zero blocks at the end).
//! Messages go to standard error (see `super::STDERR`).

use super::programs::{read_file, Image};
use super::{stderr, Flow, Sys};

const BLOCK: usize = 512;

/// One member of an archive: a directory (its name ends in `/`) or a file with its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub name: String,
    pub text: Option<String>,
}

fn octal(field: &mut [u8], value: u64) {
    let n = field.len() - 1;
    let digits = format!("{:0width$o}", value, width = n);
    field[..n].copy_from_slice(&digits.as_bytes()[digits.len() - n..]);
    field[n] = 0;
}

/// A ustar header for `name` (`mode` and `mtime` as tar records them).
fn header(name: &str, size: usize, dir: bool, mtime_s: u64) -> Vec<u8> {
    let mut h = vec![0u8; BLOCK];
    let (prefix, short) = match name.len() {
        n if n <= 100 => ("", name),
        _ => name.rsplit_once('/').map_or(("", name), |(p, s)| (p, s)),
    };
    let short = &short.as_bytes()[..short.len().min(100)];
    h[..short.len()].copy_from_slice(short);
    octal(&mut h[100..108], if dir { 0o755 } else { 0o644 });
    octal(&mut h[108..116], 0);
    octal(&mut h[116..124], 0);
    octal(&mut h[124..136], size as u64);
    octal(&mut h[136..148], mtime_s);
    h[156] = if dir { b'5' } else { b'0' };
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    h[265..269].copy_from_slice(b"root");
    h[297..301].copy_from_slice(b"root");
    let p = &prefix.as_bytes()[..prefix.len().min(155)];
    h[345..345 + p.len()].copy_from_slice(p);
    // The checksum is taken with its own field as spaces.
    h[148..156].copy_from_slice(b"        ");
    let sum: u32 = h.iter().map(|b| *b as u32).sum();
    let s = format!("{:06o}\0 ", sum);
    h[148..156].copy_from_slice(s.as_bytes());
    h
}

/// An archive of `members`, as text (the bytes are ASCII headers, the files' UTF-8, NULs).
pub fn write(members: &[Member], mtime_s: u64) -> String {
    let mut bytes = Vec::new();
    for m in members {
        let data = m.text.as_deref().unwrap_or("").as_bytes();
        bytes.extend(header(&m.name, data.len(), m.text.is_none(), mtime_s));
        bytes.extend_from_slice(data);
        bytes.resize(bytes.len().div_ceil(BLOCK) * BLOCK, 0);
    }
    bytes.resize(bytes.len() + 2 * BLOCK, 0);
    String::from_utf8_lossy(&bytes).into_owned()
}

fn field(h: &[u8]) -> &str {
    let end = h.iter().position(|b| *b == 0).unwrap_or(h.len());
    std::str::from_utf8(&h[..end]).unwrap_or("")
}

/// The members of an archive; an error (tar's words) when it is not one.
pub fn read(archive: &str) -> Result<Vec<Member>, String> {
    let b = archive.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at + BLOCK <= b.len() {
        let h = &b[at..at + BLOCK];
        if h.iter().all(|x| *x == 0) {
            return Ok(out);
        }
        if &h[257..262] != b"ustar" {
            return Err("This does not look like a tar archive".into());
        }
        let size = usize::from_str_radix(field(&h[124..136]).trim(), 8).map_err(|_| "Archive contains obsolescent base-64 headers".to_string())?;
        let (prefix, name) = (field(&h[345..500]), field(&h[..100]));
        let name = if prefix.is_empty() { name.to_string() } else { format!("{}/{}", prefix, name) };
        at += BLOCK;
        let end = (at + size).min(b.len());
        let text = match h[156] {
            b'5' => None,
            _ => Some(String::from_utf8_lossy(&b[at..end]).into_owned()),
        };
        let name = if text.is_none() && !name.ends_with('/') { format!("{}/", name) } else { name };
        out.push(Member { name, text });
        at += size.div_ceil(BLOCK) * BLOCK;
    }
    if out.is_empty() && !b.is_empty() {
        return Err("This does not look like a tar archive".into());
    }
    Ok(out)
}

/// The members under `path` in the filesystem, named from `name` (directories first, then what
/// they hold, sorted); None when it does not exist.
fn collect(sys: &Sys, path: &str, name: &str, out: &mut Vec<Member>) -> Option<()> {
    if sys.fs.is_dir(sys.image, path) {
        let dir = format!("{}/", name.trim_end_matches('/'));
        out.push(Member { name: dir.clone(), text: None });
        for child in sys.fs.list(sys.image, path) {
            let child_path = format!("{}/{}", path.trim_end_matches('/'), child);
            collect(sys, &child_path, &format!("{}{}", dir, child), out);
        }
        return Some(());
    }
    let text = read_file(sys, path)?;
    out.push(Member { name: name.to_string(), text: Some(text) });
    Some(())
}

pub fn tar(args: &[String], stdin: Option<&str>, out: &mut String, sys: &mut Sys) -> Flow {
    let gnu = !matches!(sys.image, Image::Busybox | Image::Alpine | Image::Curl);
    let (mut mode, mut file, mut dir, mut verbose) = (None::<char>, None::<String>, None::<String>, false);
    let mut members = Vec::new();
    let mut it = args.iter().enumerate().peekable();
    while let Some((i, a)) = it.next() {
        let letters = match a.as_str() {
            s if s.starts_with("--") => {
                match s.split_once('=') {
                    Some(("--directory", d)) => dir = Some(d.to_string()),
                    Some(("--file", f)) => file = Some(f.to_string()),
                    _ if s == "--directory" => dir = it.next().map(|(_, d)| d.clone()),
                    _ if s == "--file" => file = it.next().map(|(_, f)| f.clone()),
                    _ if matches!(s, "--create" | "--extract" | "--list") => mode = Some(s.as_bytes()[2] as char),
                    // --no-same-owner, --no-same-permissions, --touch: as root they change nothing here.
                    _ => {}
                }
                continue;
            }
            // The first word may be bundled letters without a dash (`tar cf - /etc`).
            s if s.starts_with('-') && s.len() > 1 => &s[1..],
            s if i == 0 => s,
            s => {
                members.push(s.to_string());
                continue;
            }
        };
        for c in letters.chars() {
            match c {
                'c' | 'x' | 't' => mode = Some(c),
                'v' => verbose = true,
                'f' => file = it.next().map(|(_, f)| f.clone()),
                'C' => dir = it.next().map(|(_, d)| d.clone()),
                'm' | 'p' | 'o' => {}
                'z' | 'j' | 'J' => {
                    stderr(out, &format!("tar: kubeplay's tar does not compress (-{})\n", c));
                    return Flow::Status(2);
                }
                _ => {
                    stderr(out, &if gnu { format!("tar: invalid option -- '{}'\nTry 'tar --help' or 'tar --usage' for more information.\n", c) } else { format!("tar: invalid option -- '{}'\n", c) });
                    return Flow::Status(if gnu { 2 } else { 1 });
                }
            }
        }
    }
    let Some(mode) = mode else {
        stderr(out, if gnu { "tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\nTry 'tar --help' or 'tar --usage' for more information.\n" } else { "tar: need at least one option\n" });
        return Flow::Status(2);
    };
    let base = match &dir {
        Some(d) if !sys.fs.is_dir(sys.image, d) => {
            stderr(out, &if gnu { format!("tar: {}: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n", d) } else { format!("tar: can't change directory to '{}': No such file or directory\n", d) });
            return Flow::Status(2);
        }
        Some(d) => sys.fs.abs(d),
        None => sys.fs.cwd.clone(),
    };
    let to_stdout = file.as_deref().is_none_or(|f| f == "-");
    let mut failed = false;
    match mode {
        'c' => {
            if members.is_empty() {
                stderr(out, if gnu { "tar: Cowardly refusing to create an empty archive\nTry 'tar --help' or 'tar --usage' for more information.\n" } else { "tar: empty archive\n" });
                return Flow::Status(2);
            }
            let mut list = Vec::new();
            let mut warned = false;
            for m in &members {
                let name = m.trim_start_matches('/');
                if name.len() != m.len() && !warned {
                    stderr(out, if gnu { "tar: Removing leading `/' from member names\n" } else { "tar: removing leading '/' from member names\n" });
                    warned = true;
                }
                let path = if m.starts_with('/') { m.clone() } else { format!("{}/{}", base, m) };
                let before = list.len();
                if collect(sys, &path, name, &mut list).is_none() {
                    stderr(out, &if gnu { format!("tar: {}: Cannot stat: No such file or directory\n", m) } else { format!("tar: {}: No such file or directory\n", m) });
                    failed = true;
                }
                if verbose {
                    let names: String = list[before..].iter().map(|m| format!("{}\n", m.name)).collect();
                    // The listing goes where the archive does not.
                    if to_stdout {
                        stderr(out, &names);
                    } else {
                        out.push_str(&names);
                    }
                }
            }
            let mut archive = write(&list, (sys.now_ms / 1000).max(0) as u64);
            if gnu {
                // GNU tar writes whole records of 20 blocks.
                let len = archive.len().div_ceil(20 * BLOCK) * 20 * BLOCK;
                archive.extend(std::iter::repeat_n('\0', len - archive.len()));
            }
            match file.as_deref().filter(|f| *f != "-") {
                Some(f) => sys.fs.write(f, &archive, false),
                None => out.push_str(&archive),
            }
        }
        _ => {
            let archive = match file.as_deref().filter(|f| *f != "-") {
                Some(f) => match read_file(sys, f) {
                    Some(t) => t,
                    None => {
                        stderr(out, &if gnu { format!("tar: {}: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n", f) } else { format!("tar: can't open '{}': No such file or directory\n", f) });
                        return Flow::Status(2);
                    }
                },
                None => stdin.unwrap_or("").to_string(),
            };
            let list = match read(&archive) {
                Ok(l) => l,
                Err(e) => {
                    stderr(out, &if gnu { format!("tar: {}\ntar: Exiting with failure status due to previous errors\n", e) } else { "tar: invalid tar magic\n".to_string() });
                    return Flow::Status(2);
                }
            };
            for m in &list {
                if mode == 't' || verbose {
                    out.push_str(&format!("{}\n", m.name));
                }
                if mode == 'x' {
                    let path = format!("{}/{}", base.trim_end_matches('/'), m.name.trim_start_matches('/'));
                    match &m.text {
                        None => sys.fs.mkdir(path.trim_end_matches('/')),
                        Some(t) => sys.fs.write(&path, t, false),
                    }
                }
            }
        }
    }
    if failed {
        if gnu {
            stderr(out, "tar: Exiting with failure status due to previous errors\n");
        }
        return Flow::Status(if gnu { 2 } else { 1 });
    }
    Flow::Status(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archives_round_trip_as_ustar() {
        let members = vec![
            Member { name: "etc/".into(), text: None },
            Member { name: "etc/hostname".into(), text: Some("web\n".into()) },
            Member { name: "etc/ünï".into(), text: Some("x".repeat(600)) },
        ];
        let a = write(&members, 1_790_000_000);
        assert_eq!(a.len(), 512 * (1 + 1 + 1 + 1 + 2 + 2));
        assert_eq!(read(&a), Ok(members));
        assert_eq!(&a[257..262], "ustar");
        assert_eq!(read("hello\n"), Err("This does not look like a tar archive".into()));
    }
}
