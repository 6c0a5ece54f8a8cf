//! Flag parsing with pflag's rules: `--flag=v`, `--flag v`, `-n v`, `-nv`, `-o=yaml`, grouped
//! boolean shorthands (`-Aw`), `--` ending flags, and pflag's error texts.


#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Bool,
    Value,
    /// Repeatable (`-f a -f b`, `-L x -L y`).
    Values,
}

#[derive(Clone, Copy, Debug)]
pub struct Flag {
    pub long: &'static str,
    pub short: Option<char>,
    pub kind: Kind,
}

pub const fn flag(long: &'static str, short: Option<char>, kind: Kind) -> Flag {
    Flag { long, short, kind }
}

#[derive(Debug, Default)]
pub struct Parsed {
    /// Each flag given, with its values in order (a few entries: a vector, not a map type).
    values: Vec<(&'static str, Vec<String>)>,
    pub positionals: Vec<String>,
    /// How many positionals came before a `--` (cobra's `ArgsLenAtDash`), if there was one.
    pub dash: Option<usize>,
}

impl Parsed {
    fn get(&self, long: &str) -> Option<&Vec<String>> {
        self.values.iter().find(|e| e.0 == long).map(|e| &e.1)
    }
    fn push(&mut self, long: &'static str, v: String) {
        match self.values.iter_mut().find(|e| e.0 == long) {
            Some(e) => e.1.push(v),
            None => self.values.push((long, vec![v])),
        }
    }
    pub fn value(&self, long: &str) -> Option<&str> {
        self.get(long).and_then(|v| v.last()).map(|s| s.as_str())
    }
    pub fn values(&self, long: &str) -> Vec<String> {
        self.get(long).cloned().unwrap_or_default()
    }
    pub fn has(&self, long: &str) -> bool {
        self.get(long).is_some()
    }
    /// A boolean flag's value (`--all`, `--all=false`).
    pub fn bool(&self, long: &str) -> bool {
        self.value(long).is_some_and(|v| v == "true")
    }
}

fn parse_bool(v: &str, flag_name: &str) -> Result<String, String> {
    match v {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Ok("true".into()),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Ok("false".into()),
        _ => Err(format!("invalid argument {:?} for \"{}\" flag: strconv.ParseBool: parsing {:?}: invalid syntax", v, flag_name, v)),
    }
}

const SHOW_MANAGED: Flag = flag("show-managed-fields", None, Kind::Bool);

/// Parses `args` against `flags`; returns pflag's error message on failure.
pub fn parse(args: &[String], flags: &[Flag]) -> Result<Parsed, String> {
    let mut out = Parsed::default();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        if a == "--" {
            out.dash = Some(out.positionals.len());
            out.positionals.extend(args[i..].iter().cloned());
            break;
        }
        if let Some(body) = a.strip_prefix("--") {
            let (name, inline) = match body.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (body, None),
            };
            // `--show-managed-fields` comes with `-o json|yaml` (kubectl's JSONYamlPrintFlags).
            let show_managed = (name == SHOW_MANAGED.long && flags.iter().any(|f| f.long == "output")).then_some(&SHOW_MANAGED);
            let Some(f) = flags.iter().find(|f| f.long == name).or(show_managed) else {
                return Err(format!("unknown flag: --{}", name));
            };
            let v = match (f.kind, inline) {
                (Kind::Bool, None) => "true".to_string(),
                (Kind::Bool, Some(v)) => parse_bool(&v, &format!("--{}", f.long))?,
                (_, Some(v)) => v,
                (_, None) => {
                    if i >= args.len() {
                        return Err(format!("flag needs an argument: --{}", name));
                    }
                    i += 1;
                    args[i - 1].clone()
                }
            };
            out.push(f.long, v);
        } else if a.len() > 1 && a.starts_with('-') {
            let chars: Vec<char> = a[1..].chars().collect();
            let mut j = 0;
            while j < chars.len() {
                let c = chars[j];
                j += 1;
                let Some(f) = flags.iter().find(|f| f.short == Some(c)) else {
                    return Err(format!("unknown shorthand flag: '{}' in {}", c, a));
                };
                if f.kind == Kind::Bool {
                    let v = if chars.get(j) == Some(&'=') {
                        let rest: String = chars[j + 1..].iter().collect();
                        j = chars.len();
                        parse_bool(&rest, &format!("-{}", c))?
                    } else {
                        "true".to_string()
                    };
                    out.push(f.long, v);
                    continue;
                }
                let rest: String = chars[j..].iter().collect();
                let v = if !rest.is_empty() {
                    rest.strip_prefix('=').map(str::to_string).unwrap_or(rest)
                } else if i < args.len() {
                    i += 1;
                    args[i - 1].clone()
                } else {
                    return Err(format!("flag needs an argument: '{}' in -{}", c, c));
                };
                out.push(f.long, v);
                break;
            }
        } else {
            out.positionals.push(a.clone());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLAGS: &[Flag] = &[
        flag("namespace", Some('n'), Kind::Value),
        flag("output", Some('o'), Kind::Value),
        flag("all-namespaces", Some('A'), Kind::Bool),
        flag("watch", Some('w'), Kind::Bool),
        flag("filename", Some('f'), Kind::Values),
    ];

    fn p(args: &[&str]) -> Result<Parsed, String> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>(), FLAGS)
    }

    #[test]
    fn pflag_forms() {
        let r = p(&["get", "-nkube-system", "pods", "-o=wide", "-Aw", "--filename", "a", "-f", "b"]).unwrap();
        assert_eq!(r.positionals, vec!["get", "pods"]);
        assert_eq!(r.value("namespace"), Some("kube-system"));
        assert_eq!(r.value("output"), Some("wide"));
        assert!(r.bool("all-namespaces") && r.bool("watch"));
        assert_eq!(r.values("filename"), vec!["a", "b"]);
        assert!(!p(&["--all-namespaces=false"]).unwrap().bool("all-namespaces"));
    }

    #[test]
    fn pflag_errors() {
        assert_eq!(p(&["--bogus"]).unwrap_err(), "unknown flag: --bogus");
        assert_eq!(p(&["-z"]).unwrap_err(), "unknown shorthand flag: 'z' in -z");
        assert_eq!(p(&["-n"]).unwrap_err(), "flag needs an argument: 'n' in -n");
        assert_eq!(p(&["--namespace"]).unwrap_err(), "flag needs an argument: --namespace");
    }
}
