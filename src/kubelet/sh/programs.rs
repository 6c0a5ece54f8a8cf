//! The programs inside each image, and the image's own files. An image has only what its real
//! counterpart ships: busybox's applets, Debian's coreutils in the nginx/httpd/redis images (no
//! `ps`, no `wget`), curl only where it is installed, and nothing but the binary in the
//! distroless control-plane images. Network clients (`net`) wait for the cluster's network;
//! `ping`, `nc` and `telnet` do not reach anything yet.

use super::{Flow, Sys};
use std::time::Duration;

/// An image family: what it contains and how it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Image {
    Busybox,
    Alpine,
    Ubuntu,
    Nginx,
    Httpd,
    Redis,
    Curl,
    PhpApache,
    /// A single static binary (the control-plane images, coredns, metrics-server, pause, stress).
    Distroless(&'static str),
}

const BUSYBOX: &[&str] = &[
    "[", "cat", "cp", "date", "df", "du", "echo", "env", "false", "free", "grep", "head", "hostname", "id", "ifconfig", "ip", "kill", "ls", "mkdir", "mv", "nc",
    "nslookup", "ping", "printenv", "printf", "ps", "pwd", "rm", "sed", "seq", "sh", "sleep", "sort", "tail", "tee", "telnet", "test", "top", "touch", "true",
    "uname", "uptime", "wc", "wget", "whoami", "yes", "ash", "base64", "basename", "dirname", "expr", "md5sum", "sha256sum", "stat", "timeout", "watch",
    "xargs", "awk", "cut", "uniq", "tar",
];
const DEBIAN: &[&str] = &[
    "[", "cat", "cp", "date", "df", "du", "echo", "env", "false", "grep", "head", "hostname", "id", "kill", "ls", "mkdir", "mv", "printenv", "printf", "pwd",
    "rm", "sed", "seq", "sh", "bash", "dash", "sleep", "sort", "tail", "tee", "test", "touch", "true", "uname", "wc", "whoami", "yes", "base64", "basename",
    "dirname", "expr", "md5sum", "sha256sum", "stat", "timeout", "uptime", "xargs", "awk", "cut", "uniq", "tar",
];

impl Image {
    pub fn of(repository: &str) -> Image {
        match repository.rsplit('/').next().unwrap_or(repository) {
            "busybox" => Image::Busybox,
            "alpine" => Image::Alpine,
            "ubuntu" | "debian" => Image::Ubuntu,
            "nginx" | "nginx-slim" => Image::Nginx,
            "httpd" => Image::Httpd,
            "redis" => Image::Redis,
            "curl" => Image::Curl,
            "hpa-example" => Image::PhpApache,
            "etcd" => Image::Distroless("etcd"),
            "kube-apiserver" => Image::Distroless("kube-apiserver"),
            "kube-controller-manager" => Image::Distroless("kube-controller-manager"),
            "kube-scheduler" => Image::Distroless("kube-scheduler"),
            "kube-proxy" => Image::Distroless("kube-proxy"),
            "coredns" => Image::Distroless("coredns"),
            "metrics-server" => Image::Distroless("metrics-server"),
            "stress" => Image::Distroless("stress"),
            "local-path-provisioner" => Image::Distroless("local-path-provisioner"),
            "agnhost" => Image::Distroless("agnhost"),
            "controller" if repository.ends_with("ingress-nginx/controller") => Image::Distroless("nginx-ingress-controller"),
            _ => Image::Distroless("pause"),
        }
    }

    /// `ENTRYPOINT` and `CMD` from the image config.
    pub fn defaults(self) -> (Vec<&'static str>, Vec<&'static str>) {
        match self {
            Image::Busybox => (vec![], vec!["sh"]),
            Image::Alpine => (vec![], vec!["/bin/sh"]),
            Image::Ubuntu => (vec![], vec!["/bin/bash"]),
            Image::Nginx => (vec!["/docker-entrypoint.sh"], vec!["nginx", "-g", "daemon off;"]),
            Image::Httpd => (vec![], vec!["httpd-foreground"]),
            Image::Redis => (vec!["docker-entrypoint.sh"], vec!["redis-server"]),
            Image::Curl => (vec!["/entrypoint.sh"], vec!["curl"]),
            Image::PhpApache => (vec!["docker-php-entrypoint"], vec!["apache2-foreground"]),
            Image::Distroless("pause") => (vec!["/pause"], vec![]),
            Image::Distroless("coredns") => (vec!["/coredns"], vec![]),
            Image::Distroless("metrics-server") => (vec!["/metrics-server"], vec![]),
            Image::Distroless("stress") => (vec!["/stress"], vec![]),
            Image::Distroless("agnhost") => (vec!["/agnhost"], vec![]),
            Image::Distroless("nginx-ingress-controller") => (vec!["/usr/bin/dumb-init", "--"], vec!["/nginx-ingress-controller"]),
            Image::Distroless(bin) => (vec![], vec![bin]),
        }
    }

    /// The environment the image config sets.
    pub fn env(self) -> Vec<(&'static str, &'static str)> {
        const PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        let mut env = vec![("PATH", PATH)];
        match self {
            Image::Nginx => env.extend([("NGINX_VERSION", "1.29.3"), ("NJS_VERSION", "0.9.4"), ("NJS_RELEASE", "1~trixie"), ("PKG_RELEASE", "1~trixie"), ("DYNPKG_RELEASE", "1~trixie")]),
            Image::Httpd => env.extend([("HTTPD_PREFIX", "/usr/local/apache2"), ("HTTPD_VERSION", "2.4.65")]),
            Image::Redis => env.extend([("REDIS_VERSION", "8.2.2")]),
            Image::Curl => env.extend([("CURL_VERSION", "8.17.0")]),
            _ => {}
        }
        env
    }

    fn programs(self) -> &'static [&'static str] {
        match self {
            Image::Busybox | Image::Alpine | Image::Curl => BUSYBOX,
            Image::Ubuntu | Image::Nginx | Image::Httpd | Image::Redis | Image::PhpApache => DEBIAN,
            Image::Distroless(_) => &[],
        }
    }

    /// Whether the image has this program (by name or path).
    pub fn has(self, program: &str) -> bool {
        let base = program.rsplit('/').next().unwrap_or(program);
        let own: &[&str] = match self {
            Image::Nginx => &["nginx", "docker-entrypoint.sh", "curl", "nginx-debug"],
            Image::Httpd => &["httpd", "httpd-foreground", "apachectl"],
            Image::Redis => &["redis-server", "redis-cli", "docker-entrypoint.sh"],
            Image::Curl => &["curl", "entrypoint.sh"],
            Image::Alpine => &["apk"],
            Image::PhpApache => &["apache2-foreground", "docker-php-entrypoint", "php", "apache2"],
            Image::Distroless("etcd") => &["etcd", "etcdctl", "etcdutl"],
            Image::Distroless("nginx-ingress-controller") => &["dumb-init", "nginx-ingress-controller", "nginx", "wait-shutdown"],
            Image::Distroless(bin) => return base == bin || base == bin.trim_start_matches('/'),
            _ => &[],
        };
        own.contains(&base) || self.programs().contains(&base)
    }

    pub fn file(self, path: &str) -> Option<&'static str> {
        match (self, path) {
            (Image::Nginx, "/usr/share/nginx/html/index.html") => Some(NGINX_INDEX),
            (Image::Httpd, "/usr/local/apache2/htdocs/index.html") => Some("<html><body><h1>It works!</h1></body></html>\n"),
            (Image::Busybox, "/etc/os-release") => None,
            (Image::Alpine | Image::Curl, "/etc/os-release") => Some("NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.22.2\nPRETTY_NAME=\"Alpine Linux v3.22\"\nHOME_URL=\"https://alpinelinux.org/\"\nBUG_REPORT_URL=\"https://gitlab.alpinelinux.org/alpine/aports/-/issues\"\n"),
            (Image::Ubuntu, "/etc/os-release") => Some("PRETTY_NAME=\"Ubuntu 24.04.3 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"24.04\"\nVERSION=\"24.04.3 LTS (Noble Numbat)\"\nID=ubuntu\nID_LIKE=debian\n"),
            (Image::Nginx | Image::Httpd | Image::Redis | Image::PhpApache, "/etc/os-release") => Some("PRETTY_NAME=\"Debian GNU/Linux 13 (trixie)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"13\"\nVERSION=\"13 (trixie)\"\nVERSION_CODENAME=trixie\nID=debian\n"),
            (Image::Distroless(_), _) => None,
            (_, "/etc/passwd") => Some("root:x:0:0:root:/root:/bin/sh\n"),
            _ => None,
        }
    }

    pub fn is_dir(self, path: &str) -> bool {
        let common = ["/bin", "/dev", "/etc", "/home", "/proc", "/root", "/sys", "/tmp", "/usr", "/var", "/usr/bin", "/usr/local", "/var/run", "/var/log"];
        match self {
            Image::Distroless(_) => matches!(path, "/dev" | "/etc" | "/proc" | "/sys" | "/var" | "/var/run"),
            Image::Nginx if matches!(path, "/usr/share/nginx" | "/usr/share/nginx/html" | "/etc/nginx" | "/etc/nginx/conf.d") => true,
            Image::Httpd if matches!(path, "/usr/local/apache2" | "/usr/local/apache2/htdocs") => true,
            _ => common.contains(&path),
        }
    }

    pub fn list(self, dir: &str) -> Vec<&'static str> {
        match (self, dir.trim_end_matches('/')) {
            (Image::Distroless(_), _) => vec![],
            (_, "") => vec!["bin", "dev", "etc", "home", "proc", "root", "sys", "tmp", "usr", "var"],
            (Image::Nginx, "/usr/share/nginx/html") => vec!["50x.html", "index.html"],
            (Image::Httpd, "/usr/local/apache2/htdocs") => vec!["index.html"],
            _ => vec![],
        }
    }
}

pub const NGINX_INDEX: &str = "<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href=\"http://nginx.org/\">nginx.org</a>.<br/>
Commercial support is available at
<a href=\"http://nginx.com/\">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
";

/// Marks where the log renders the line's time as nginx does (`2026/11/23 10:04:05`), as redis
/// does (`23 Nov 2026 10:04:05.123`) and as Apache does (`Sun Nov 23 10:04:05.123456 2026`).
pub const NGINX_TIME: char = '\u{1}';
pub const REDIS_TIME: char = '\u{2}';
pub const APACHE_TIME: char = '\u{3}';

/// A log line with its time markers rendered.
pub fn render_times(line: &str, ms: i64) -> String {
    if !line.contains([NGINX_TIME, REDIS_TIME, APACHE_TIME]) {
        return line.to_string();
    }
    let frac = ms.rem_euclid(1000);
    line.replace(NGINX_TIME, &strftime("%Y/%m/%d %H:%M:%S", ms))
        .replace(REDIS_TIME, &format!("{}.{:03}", strftime("%d %b %Y %H:%M:%S", ms), frac))
        .replace(APACHE_TIME, &format!("{}.{:03}{:03} {}", strftime("%a %b %d %H:%M:%S", ms), frac, (ms as u64).wrapping_mul(2654435761) % 1000, strftime("%Y", ms)))
}

/// `env`/`printenv`: the environment, one `NAME=value` per line (or the named variables).
pub fn env(name: &str, args: &[String], env: &[(String, String)], out: &mut String) -> Flow {
    if name == "printenv" && !args.is_empty() {
        let mut found = true;
        for a in args {
            match env.iter().rev().find(|(k, _)| k == a) {
                Some((_, v)) => out.push_str(&format!("{}\n", v)),
                None => found = false,
            }
        }
        return Flow::Status(!found as i32);
    }
    for (k, v) in env {
        out.push_str(&format!("{}={}\n", k, v));
    }
    Flow::Status(0)
}

/// `sleep`'s operands: numbers with an optional s, m, h or d suffix, summed; `infinity`.
fn sleep_for(args: &[String]) -> Result<Option<Duration>, String> {
    let mut total = 0.0f64;
    for a in args {
        if a == "infinity" || a == "inf" {
            return Ok(None);
        }
        let (num, mult) = match a.chars().last() {
            Some('s') => (&a[..a.len() - 1], 1.0),
            Some('m') => (&a[..a.len() - 1], 60.0),
            Some('h') => (&a[..a.len() - 1], 3600.0),
            Some('d') => (&a[..a.len() - 1], 86400.0),
            _ => (a.as_str(), 1.0),
        };
        let n: f64 = decfloat::parse(num).ok_or(()).map_err(|_| format!("sleep: invalid number '{}'\n", a))?;
        total += n * mult;
    }
    if args.is_empty() {
        return Err("sleep: missing operand\n".into());
    }
    Ok(Some(Duration::from_millis((total * 1000.0) as u64)))
}

/// Runs a program of the image (after the shell's builtins were tried).
pub fn run(name: &str, args: &[String], stdin: Option<&str>, out: &mut String, sys: &mut Sys) -> Flow {
    let base = name.rsplit('/').next().unwrap_or(name);
    if !sys.image.has(name) {
        // ash and dash say "not found"; bash "command not found".
        out.push_str(&format!("sh: {}: not found\n", name));
        return Flow::Status(127);
    }
    let text = |out: &mut String, s: &str| out.push_str(s);
    match base {
        "sleep" => match sleep_for(args) {
            Ok(Some(d)) => Flow::Sleep(d),
            Ok(None) => Flow::Forever,
            Err(m) => {
                out.push_str(&m);
                Flow::Status(1)
            }
        },
        "echo" => {
            let (mut newline, mut escapes, mut i) = (true, sys.image != Image::Busybox && sys.image != Image::Alpine, 0);
            while let Some(a) = args.get(i).filter(|a| a.len() > 1 && a.starts_with('-') && a[1..].chars().all(|c| matches!(c, 'n' | 'e' | 'E'))) {
                newline &= !a.contains('n');
                escapes = a.contains('e') || (escapes && !a.contains('E'));
                i += 1;
            }
            let s = args[i..].join(" ");
            text(out, &if escapes { unescape(&s) } else { s });
            if newline {
                out.push('\n');
            }
            Flow::Status(0)
        }
        "printf" => {
            let Some(fmt) = args.first() else {
                out.push_str("printf: usage: printf format [arguments]\n");
                return Flow::Status(1);
            };
            out.push_str(&printf(fmt, &args[1..]));
            Flow::Status(0)
        }
        "cat" if args.is_empty() => {
            out.push_str(stdin.unwrap_or(""));
            Flow::Status(0)
        }
        "cat" => {
            let mut status = 0;
            for a in args {
                match read_file(sys, a) {
                    Some(t) => out.push_str(&t),
                    // busybox's words, or GNU coreutils' on Debian and Ubuntu images.
                    None if sys.fs.is_dir(sys.image, a) => {
                        out.push_str(&if sys.image.programs() == BUSYBOX { "cat: read error: Is a directory\n".to_string() } else { format!("cat: {}: Is a directory\n", a) });
                        status = 1;
                    }
                    None => {
                        out.push_str(&if sys.image.programs() == BUSYBOX { format!("cat: can't open '{}': No such file or directory\n", a) } else { format!("cat: {}: No such file or directory\n", a) });
                        status = 1;
                    }
                }
            }
            Flow::Status(status)
        }
        "test" | "[" => {
            let mut a: Vec<&str> = args.iter().map(String::as_str).collect();
            if base == "[" {
                if a.last() != Some(&"]") {
                    out.push_str("sh: missing ]\n");
                    return Flow::Status(2);
                }
                a.pop();
            }
            Flow::Status(!test(&a, sys) as i32)
        }
        "pwd" => {
            out.push_str(&format!("{}\n", if sys.fs.cwd.is_empty() { "/" } else { &sys.fs.cwd }));
            Flow::Status(0)
        }
        "hostname" => {
            out.push_str(&format!("{}\n", sys.hostname));
            Flow::Status(0)
        }
        "whoami" => {
            out.push_str("root\n");
            Flow::Status(0)
        }
        "id" => {
            out.push_str("uid=0(root) gid=0(root) groups=0(root)\n");
            Flow::Status(0)
        }
        "uname" => {
            let all = args.iter().any(|a| a == "-a");
            let line = if all {
                format!("Linux {} 6.8.0-85-generic #85-Ubuntu SMP PREEMPT_DYNAMIC Thu Sep 18 15:26:59 UTC 2025 x86_64 GNU/Linux", sys.hostname)
            } else if args.iter().any(|a| a == "-r") {
                "6.8.0-85-generic".into()
            } else if args.iter().any(|a| a == "-n") {
                sys.hostname.to_string()
            } else if args.iter().any(|a| a == "-m") {
                "x86_64".into()
            } else {
                "Linux".into()
            };
            out.push_str(&format!("{}\n", line));
            Flow::Status(0)
        }
        "date" => {
            let fmt = args.iter().find_map(|a| a.strip_prefix('+')).unwrap_or("%a %b %e %H:%M:%S UTC %Y");
            out.push_str(&format!("{}\n", strftime(fmt, sys.now_ms)));
            Flow::Status(0)
        }
        "sed" => {
            let result = super::sed::sed(args, stdin, &mut |f| read_file(sys, f));
            match result {
                Ok((text, writes)) => {
                    out.push_str(&text);
                    for (f, t) in writes {
                        sys.fs.write(&f, &t, false);
                    }
                    Flow::Status(0)
                }
                Err((msg, code)) => {
                    out.push_str(&msg);
                    Flow::Status(code)
                }
            }
        }
        "touch" => {
            for a in args.iter().filter(|a| !a.starts_with('-')) {
                if read_file(sys, a).is_none() {
                    sys.fs.write(a, "", true);
                }
            }
            Flow::Status(0)
        }
        "rm" => {
            let force = args.iter().any(|a| a.starts_with('-') && a.contains('f'));
            let mut status = 0;
            for a in args.iter().filter(|a| !a.starts_with('-')) {
                if !sys.fs.remove(sys.image, a) && !force {
                    out.push_str(&format!("rm: can't remove '{}': No such file or directory\n", a));
                    status = 1;
                }
            }
            Flow::Status(status)
        }
        "mkdir" => {
            for a in args.iter().filter(|a| !a.starts_with('-')) {
                sys.fs.mkdir(a);
            }
            Flow::Status(0)
        }
        "ls" => {
            let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
            let mut status = 0;
            let dirs: Vec<String> = if paths.is_empty() { vec![".".to_string()] } else { paths.iter().map(|p| p.to_string()).collect() };
            // Missing operands first, then files, then each directory (under a heading when
            // there are several operands).
            let (mut files, mut listed) = (Vec::new(), Vec::new());
            for d in &dirs {
                if sys.fs.is_dir(sys.image, d) {
                    listed.push(d);
                } else if read_file(sys, d).is_some() {
                    files.push(d);
                } else {
                    out.push_str(&format!("ls: {}: No such file or directory\n", d));
                    status = 1;
                }
            }
            for f in &files {
                out.push_str(&format!("{}\n", f));
            }
            for (i, d) in listed.iter().enumerate() {
                if dirs.len() > 1 {
                    let gap = if i > 0 || !files.is_empty() { "\n" } else { "" };
                    out.push_str(&format!("{}{}:\n", gap, d));
                }
                for n in sys.fs.list(sys.image, d) {
                    out.push_str(&format!("{}\n", n));
                }
            }
            Flow::Status(status)
        }
        "head" | "tail" => {
            if base == "tail" && args.iter().any(|a| a == "-f" || a == "-F") {
                return Flow::Forever;
            }
            let mut n = 10usize;
            let mut files = Vec::new();
            let mut it = args.iter();
            while let Some(a) = it.next() {
                if a == "-n" {
                    n = it.next().and_then(|v| v.trim_start_matches('+').parse().ok()).unwrap_or(10);
                } else if let Some(v) = a.strip_prefix("-n").or_else(|| a.strip_prefix('-')).filter(|v| v.parse::<usize>().is_ok()) {
                    n = v.parse().unwrap_or(10);
                } else {
                    files.push(a.clone());
                }
            }
            let input = match files.first() {
                Some(f) => match read_file(sys, f) {
                    Some(t) => t,
                    None => {
                        out.push_str(&format!("{}: {}: No such file or directory\n", base, f));
                        return Flow::Status(1);
                    }
                },
                None => stdin.unwrap_or("").to_string(),
            };
            let lines: Vec<&str> = input.lines().collect();
            let pick = if base == "head" { &lines[..n.min(lines.len())] } else { &lines[lines.len().saturating_sub(n)..] };
            for l in pick {
                out.push_str(&format!("{}\n", l));
            }
            Flow::Status(0)
        }
        "wc" => {
            let input = args.iter().find(|a| !a.starts_with('-')).and_then(|f| read_file(sys, f)).or(stdin.map(str::to_string)).unwrap_or_default();
            let (l, w, c) = (input.lines().count(), input.split_whitespace().count(), input.len());
            let v = if args.iter().any(|a| a == "-l") {
                l.to_string()
            } else if args.iter().any(|a| a == "-w") {
                w.to_string()
            } else if args.iter().any(|a| a == "-c") {
                c.to_string()
            } else {
                format!("{:>7} {:>7} {:>7}", l, w, c)
            };
            out.push_str(&format!("{}\n", v));
            Flow::Status(0)
        }
        "grep" => {
            let flags: String = args.iter().filter(|a| a.starts_with('-')).map(|a| &a[1..]).collect();
            let rest: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
            let Some(pat) = rest.first() else {
                out.push_str("BusyBox v1.37.0 multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFE] PATTERN/-e PATTERN.../-f FILE [FILE]...\n");
                return Flow::Status(2);
            };
            let input = rest.get(1).and_then(|f| read_file(sys, f)).or(stdin.map(str::to_string)).unwrap_or_default();
            let (ci, inv) = (flags.contains('i'), flags.contains('v'));
            let hit = |l: &str| (if ci { l.to_ascii_lowercase().contains(&pat.to_ascii_lowercase()) } else { l.contains(pat.as_str()) }) != inv;
            let found: Vec<&str> = input.lines().filter(|l| hit(l)).collect();
            if flags.contains('c') {
                out.push_str(&format!("{}\n", found.len()));
            } else if !flags.contains('q') {
                for l in &found {
                    out.push_str(&format!("{}\n", l));
                }
            }
            Flow::Status(found.is_empty() as i32)
        }
        "seq" => {
            let nums: Vec<i64> = args.iter().filter_map(|a| a.parse().ok()).collect();
            let (first, step, last) = match nums.as_slice() {
                [l] => (1, 1, *l),
                [f, l] => (*f, 1, *l),
                [f, s, l] => (*f, *s, *l),
                _ => return Flow::Status(1),
            };
            let mut i = first;
            while step != 0 && ((step > 0 && i <= last) || (step < 0 && i >= last)) && out.len() < 1 << 20 {
                out.push_str(&format!("{}\n", i));
                i += step;
            }
            Flow::Status(0)
        }
        "yes" => {
            let s = if args.is_empty() { "y".to_string() } else { args.join(" ") };
            for _ in 0..1000 {
                out.push_str(&format!("{}\n", s));
            }
            Flow::Status(0)
        }
        "kill" => Flow::Status(0),
        "ps" => {
            out.push_str("PID   USER     TIME  COMMAND\n");
            out.push_str(&format!("    1 root      0:00 {}\n", sys.main));
            Flow::Status(0)
        }
        "sh" | "bash" | "ash" | "dash" => {
            // A shell with no script reads its standard input: with none attached it ends at once.
            match stdin {
                Some(s) if !s.is_empty() => Flow::Exec(vec![name.to_string(), "-c".into(), s.to_string()]),
                _ => Flow::Status(0),
            }
        }
        "tar" => super::tar::tar(args, stdin, out, sys),
        "cp" | "mv" => super::fileutil::cp_mv(base, args, out, sys),
        "tee" => super::fileutil::tee(args, stdin, out, sys),
        "basename" | "dirname" => super::fileutil::names(base, args, out),
        "wget" => super::net::wget(args, out, sys),
        "nslookup" => super::net::nslookup(args, out, sys),
        "curl" => super::net::curl(args, out, sys, if sys.image == Image::Curl { "8.17.0" } else { "8.14.1" }),
        "ping" | "nc" | "telnet" => network_unreachable(base, args, out),
        "docker-entrypoint.sh" | "/docker-entrypoint.sh" if sys.image == Image::Nginx => {
            if args.first().is_some_and(|a| a == "nginx" || a == "nginx-debug") {
                for l in NGINX_ENTRYPOINT {
                    out.push_str(l);
                    out.push('\n');
                }
            }
            Flow::Exec(args.to_vec())
        }
        "nginx" => {
            if args.iter().any(|a| a == "-v") {
                out.push_str("nginx version: nginx/1.29.3\n");
                return Flow::Status(0);
            }
            let t = NGINX_TIME;
            for l in ["using the \"epoll\" event method", "nginx/1.29.3", "built by gcc 14.2.0 (Debian 14.2.0-19) ", "OS: Linux 6.8.0-85-generic", "getrlimit(RLIMIT_NOFILE): 1048576:1048576", "start worker processes"] {
                out.push_str(&format!("{} [notice] 1#1: {}\n", t, l));
            }
            for i in 0..sys.cpus.max(1) {
                out.push_str(&format!("{} [notice] 1#1: start worker process {}\n", t, 29 + i));
            }
            sys.listen.insert(80, "/usr/share/nginx/html");
            Flow::Forever
        }
        "docker-entrypoint.sh" | "entrypoint.sh" | "docker-php-entrypoint" => Flow::Exec(args.to_vec()),
        "redis-server" => {
            let t = REDIS_TIME;
            for l in [
                "1:C {t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
                "1:C {t} * Redis version=8.2.2, bits=64, commit=00000000, modified=1, pid=1, just started",
                "1:C {t} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf",
                "1:M {t} * monotonic clock: POSIX clock_gettime",
                "1:M {t} * Running mode=standalone, port=6379.",
                "1:M {t} * Server initialized",
                "1:M {t} * Ready to accept connections tcp",
            ] {
                out.push_str(&l.replace("{t}", &t.to_string()));
                out.push('\n');
            }
            sys.listen.insert(6379, "");
            Flow::Forever
        }
        "httpd-foreground" | "httpd" | "apache2-foreground" => {
            let name = if base == "apache2-foreground" { "apache2" } else { "httpd" };
            for _ in 0..2 {
                out.push_str(&format!("AH00558: {}: Could not reliably determine the server's fully qualified domain name, using {}. Set the 'ServerName' directive globally to suppress this message\n", name, sys.ip));
            }
            let t = APACHE_TIME;
            out.push_str(&format!("[{}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.65 (Unix) configured -- resuming normal operations\n", t));
            out.push_str(&format!("[{}] [core:notice] [pid 1:tid 1] AH00094: Command line: '{} -D FOREGROUND'\n", t, name));
            sys.listen.insert(80, if name == "apache2" { "/var/www/html" } else { "/usr/local/apache2/htdocs" });
            Flow::Forever
        }
        _ if matches!(sys.image, Image::Distroless(_)) => {
            // The control-plane and add-on servers listen on their ports, and answer their
            // health endpoints ("*": every path) once started.
            let ports: &[(u16, &'static str)] = match sys.image {
                Image::Distroless("kube-apiserver") => &[(6443, "*")],
                Image::Distroless("etcd") => &[(2379, ""), (2380, ""), (2381, "*")],
                Image::Distroless("kube-controller-manager") => &[(10257, "*")],
                Image::Distroless("kube-scheduler") => &[(10259, "*")],
                Image::Distroless("kube-proxy") => &[(10249, "*"), (10256, "*")],
                Image::Distroless("coredns") => &[(53, ""), (8080, "*"), (8181, "*"), (9153, "*")],
                // nginx's HTTP and HTTPS, the controller's health and metrics, the webhook.
                Image::Distroless("nginx-ingress-controller") => &[(80, "ingress"), (443, "ingress"), (10254, "*"), (8443, "")],
                _ => &[],
            };
            for (port, root) in ports {
                sys.listen.insert(*port, root);
            }
            if sys.image == Image::Distroless("agnhost") {
                // agnhost's subcommands: `liveness` (healthy for ten seconds), `netexec`,
                // `serve-hostname`; anything else waits.
                let flag = |name: &str, default: u16| args.iter().find_map(|a| a.strip_prefix(&format!("--{}=", name))).and_then(|p| p.parse().ok()).unwrap_or(default);
                match args.first().map(String::as_str) {
                    Some("liveness") => {
                        sys.listen.insert(8080, super::super::prober::AGNHOST_LIVENESS);
                    }
                    Some("netexec") => {
                        sys.listen.insert(flag("http-port", 8080), "*");
                        sys.listen.insert(flag("udp-port", 8081), "");
                    }
                    Some("serve-hostname") => {
                        sys.listen.insert(flag("port", 9376), "*");
                    }
                    _ => {}
                }
            }
            if sys.image == Image::Distroless("nginx-ingress-controller") {
                let rule = "-------------------------------------------------------------------------------\n";
                out.push_str(&format!("{}NGINX Ingress controller\n  Release:       v1.14.0\n  Repository:    https://github.com/kubernetes/ingress-nginx\n\n{}", rule, rule));
            }
            if sys.image == Image::Distroless("metrics-server") {
                let port = args.iter().find_map(|a| a.strip_prefix("--secure-port=")).and_then(|p| p.parse().ok()).unwrap_or(10250);
                sys.listen.insert(port, "*");
            }
            Flow::Forever
        }
        "base64" => {
            let input = args.iter().find(|a| !a.starts_with('-')).and_then(|f| read_file(sys, f)).or(stdin.map(str::to_string)).unwrap_or_default();
            if args.iter().any(|a| a == "-d" || a == "--decode") {
                match base64_decode(&input) {
                    Some(bytes) => out.push_str(&String::from_utf8_lossy(&bytes)),
                    None => {
                        out.push_str("base64: invalid input\n");
                        return Flow::Status(1);
                    }
                }
            } else {
                let e = base64_encode(input.as_bytes());
                // GNU base64 wraps at 76 columns.
                for chunk in e.as_bytes().chunks(76) {
                    out.push_str(&format!("{}\n", String::from_utf8_lossy(chunk)));
                }
            }
            Flow::Status(0)
        }
        "sort" | "uniq" | "cut" | "awk" => {
            let files: Vec<&String> = args.iter().filter(|a| !a.starts_with('-') && !(base == "awk" && a.contains('{'))).collect();
            let input = match files.first().filter(|_| base == "sort" || base == "uniq") {
                Some(f) => read_file(sys, f).unwrap_or_default(),
                None => stdin.unwrap_or("").to_string(),
            };
            out.push_str(&filter(base, args, &input));
            Flow::Status(0)
        }
        _ => {
            // A utility of the image that kubeplay does not model: said so, not faked.
            super::stderr(out, &format!("{}: kubeplay does not simulate this program yet\n", base));
            Flow::Status(1)
        }
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn base64_encode(b: &[u8]) -> String {
    let mut out = String::new();
    for c in b.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            out.push(if i <= c.len() { B64[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
        }
    }
    out
}

/// Standard base64, whitespace ignored; None for anything else.
pub(crate) fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let (mut out, mut acc, mut bits) = (Vec::new(), 0u32, 0);
    for c in text.bytes().filter(|c| !c.is_ascii_whitespace()) {
        if c == b'=' {
            break;
        }
        acc = acc << 6 | B64.iter().position(|x| *x == c)? as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// The text filters: `sort [-r] [-n] [-u]`, `uniq [-c]`, `cut -d D -f N[,M]`, and awk's
/// `[-F D] '{print $N, …}'` (fields and literals; `$0` the line, `NF` the field count).
pub(super) fn filter(program: &str, args: &[String], input: &str) -> String {
    let has = |f: char| args.iter().any(|a| a.starts_with('-') && !a.starts_with("--") && a.contains(f));
    let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).map(String::as_str).or_else(|| args.iter().find_map(|a| a.strip_prefix(flag).filter(|v| !v.is_empty())));
    let mut lines: Vec<String> = input.lines().map(str::to_string).collect();
    match program {
        "sort" => {
            let num = |l: &String| l.trim_start().split(|c: char| !c.is_ascii_digit() && c != '-').next().and_then(|n| n.parse::<i64>().ok()).unwrap_or(0);
            match has('n') {
                true => crate::api::order::sort_by(&mut lines, |a, b| num(a).cmp(&num(b)).then_with(|| a.cmp(b))),
                false => crate::api::order::sort_by(&mut lines, |a, b| a.cmp(b)),
            }
            if has('r') {
                lines.reverse();
            }
            if has('u') {
                lines.dedup();
            }
        }
        "uniq" => {
            let mut out: Vec<(usize, String)> = Vec::new();
            for l in lines {
                match out.last_mut() {
                    Some((n, last)) if *last == l => *n += 1,
                    _ => out.push((1, l)),
                }
            }
            lines = out.into_iter().map(|(n, l)| if has('c') { format!("{:>7} {}", n, l) } else { l }).collect();
        }
        "cut" => {
            let delim = value("-d").unwrap_or("\t").to_string();
            let fields: Vec<usize> = value("-f").unwrap_or("").split(',').filter_map(|f| f.parse().ok()).collect();
            lines = lines.iter().map(|l| l.split(delim.as_str()).enumerate().filter(|(i, _)| fields.contains(&(i + 1))).map(|(_, f)| f).collect::<Vec<_>>().join(&delim)).collect();
        }
        _ => {
            let sep = value("-F");
            let prog = args.iter().find(|a| a.contains('{')).map_or("", String::as_str);
            let body = prog.trim().trim_start_matches('{').trim_end_matches('}').trim();
            let items: Vec<&str> = body.strip_prefix("print").unwrap_or("").split(',').map(str::trim).filter(|i| !i.is_empty()).collect();
            lines = lines
                .iter()
                .map(|l| {
                    let fields: Vec<&str> = match sep {
                        Some(d) => l.split(d).collect(),
                        None => l.split_whitespace().collect(),
                    };
                    let one = |item: &str| match item {
                        "$0" => l.to_string(),
                        "NF" => fields.len().to_string(),
                        i if i.starts_with('"') => i.trim_matches('"').to_string(),
                        i => i.strip_prefix('$').and_then(|n| n.parse::<usize>().ok()).and_then(|n| fields.get(n.wrapping_sub(1))).map_or(String::new(), |f| f.to_string()),
                    };
                    if items.is_empty() { l.to_string() } else { items.iter().map(|i| one(i)).collect::<Vec<_>>().join(" ") }
                })
                .collect();
        }
    }
    lines.into_iter().map(|l| l + "\n").collect()
}

const NGINX_ENTRYPOINT: &[&str] = &[
    "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
    "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
    "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
    "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
    "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
    "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
    "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
    "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
    "/docker-entrypoint.sh: Configuration complete; ready for start up",
];

/// Until the pod network carries requests from containers, a client cannot reach anything.
fn network_unreachable(prog: &str, args: &[String], out: &mut String) -> Flow {
    let target = args.iter().rev().find(|a| !a.starts_with('-')).cloned().unwrap_or_default();
    let host = target.trim_start_matches("http://").trim_start_matches("https://").split(['/', ':']).next().unwrap_or("").to_string();
    let (msg, code) = match prog {
        "wget" => (format!("wget: bad address '{}'\n", host), 1),
        "curl" => (format!("curl: (6) Could not resolve host: {}\n", host), 6),
        "nslookup" => (format!(";; connection timed out; no servers could be reached\n\n"), 1),
        "ping" => (format!("ping: bad address '{}'\n", host), 1),
        _ => (format!("{}: bad address '{}'\n", prog, host), 1),
    };
    out.push_str(&msg);
    Flow::Status(code)
}

/// Files the kubelet manages in every container (written by the process, they stay written),
/// then the container's and the image's own.
pub fn read_file(sys: &Sys, path: &str) -> Option<String> {
    if let Some(written) = sys.fs.written(path) {
        return Some(written.to_string());
    }
    match path {
        "/etc/hostname" => Some(format!("{}\n", sys.hostname)),
        "/etc/resolv.conf" if !sys.resolv.is_empty() => Some(sys.resolv.to_string()),
        "/etc/hosts" if !sys.ip.is_empty() && sys.domain.is_empty() => Some(format!("{}{}\t{}\n", HOSTS_HEADER, sys.ip, sys.hostname)),
        "/etc/hosts" if !sys.ip.is_empty() => Some(format!("{}{}\t{}.{}\t{}\n", HOSTS_HEADER, sys.ip, sys.hostname, sys.domain, sys.hostname)),
        _ => sys.fs.read(sys.image, path),
    }
}

/// The kubelet's managed `/etc/hosts`, before the pod's own line.
const HOSTS_HEADER: &str = "# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n";

fn test(a: &[&str], sys: &Sys) -> bool {
    if let Some(i) = a.iter().position(|x| *x == "-a" || *x == "-o").filter(|i| *i > 0) {
        let (l, r) = (test(&a[..i], sys), test(&a[i + 1..], sys));
        return if a[i] == "-a" { l && r } else { l || r };
    }
    match a {
        [] => false,
        ["!", rest @ ..] => !test(rest, sys),
        [s] => !s.is_empty(),
        ["-n", s] => !s.is_empty(),
        ["-z", s] => s.is_empty(),
        ["-f" | "-e" | "-s" | "-r", p] => read_file(sys, p).is_some_and(|t| a[0] != "-s" || !t.is_empty()) || (a[0] == "-e" && sys.fs.is_dir(sys.image, p)),
        ["-d", p] => sys.fs.is_dir(sys.image, p),
        [x, "=" | "==", y] => x == y,
        [x, "!=", y] => x != y,
        [x, op, y] => {
            let (x, y) = (x.parse::<i64>().unwrap_or(0), y.parse::<i64>().unwrap_or(0));
            match *op {
                "-eq" => x == y,
                "-ne" => x != y,
                "-lt" => x < y,
                "-le" => x <= y,
                "-gt" => x > y,
                "-ge" => x >= y,
                _ => false,
            }
        }
        _ => false,
    }
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('c') => break,
            Some(o) => {
                out.push('\\');
                out.push(o);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// printf's format, reused while arguments remain: %s %d %i %x %c %%, and backslash escapes.
fn printf(fmt: &str, args: &[String]) -> String {
    let mut out = String::new();
    let mut i = 0;
    loop {
        let mut used = false;
        let mut chars = fmt.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            let mut spec = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit() || **d == '-' || **d == '.') {
                spec.push(d);
                chars.next();
            }
            let Some(conv) = chars.next() else { break };
            if conv == '%' {
                out.push('%');
                continue;
            }
            let arg = args.get(i).map(String::as_str).unwrap_or("");
            i += 1;
            used = true;
            let width: usize = spec.trim_start_matches('-').split('.').next().and_then(|w| w.parse().ok()).unwrap_or(0);
            let v = match conv {
                'd' | 'i' => arg.parse::<i64>().unwrap_or(0).to_string(),
                'x' => format!("{:x}", arg.parse::<i64>().unwrap_or(0)),
                'c' => arg.chars().next().map(String::from).unwrap_or_default(),
                _ => arg.to_string(),
            };
            if spec.starts_with('-') {
                out.push_str(&format!("{:<w$}", v, w = width));
            } else {
                out.push_str(&format!("{:>w$}", v, w = width));
            }
        }
        if !used || i >= args.len() {
            break;
        }
    }
    unescape(&out)
}

/// `date +FORMAT` over Unix milliseconds (UTC).
pub fn strftime(fmt: &str, ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86400);
    let sod = secs.rem_euclid(86400);
    let (y, m, d) = crate::api::timefmt::civil_from_days(days);
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('Y') => out.push_str(&y.to_string()),
            Some('m') => out.push_str(&format!("{:02}", m)),
            Some('d') => out.push_str(&format!("{:02}", d)),
            Some('e') => out.push_str(&format!("{:>2}", d)),
            Some('H') => out.push_str(&format!("{:02}", sod / 3600)),
            Some('M') => out.push_str(&format!("{:02}", sod / 60 % 60)),
            Some('S') => out.push_str(&format!("{:02}", sod % 60)),
            Some('s') => out.push_str(&secs.to_string()),
            Some('T') => out.push_str(&format!("{:02}:{:02}:{:02}", sod / 3600, sod / 60 % 60, sod % 60)),
            Some('F') => out.push_str(&format!("{}-{:02}-{:02}", y, m, d)),
            Some('a') => out.push_str(DAYS[days.rem_euclid(7) as usize]),
            Some('b') => out.push_str(MONTHS[(m - 1) as usize]),
            Some('Z') => out.push_str("UTC"),
            Some('z') => out.push_str("+0000"),
            Some('%') => out.push('%'),
            Some(o) => {
                out.push('%');
                out.push(o);
            }
            None => out.push('%'),
        }
    }
    out
}

