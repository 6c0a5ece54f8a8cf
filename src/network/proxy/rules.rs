//! Netfilter rules as a node's kernel holds them: chains of rules with the matches kube-proxy
//! uses, printed the way `iptables-save` prints them, and evaluated for one packet the way the
//! kernel walks them (first match; jumps and returns; `statistic` draws a 31-bit random number
//! against the stored probability).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// kube-proxy's masquerade mark (`--masquerade-bit 14`).
pub const MASQ_MARK: u32 = 0x4000;

/// `-m recent` as kube-proxy uses it for ClientIP affinity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Recent {
    /// `--rcheck --seconds N --reap`: the source address was `--set` under this name recently.
    Check { name: String, seconds: i32 },
    /// `--set`: remember the source address under this name.
    Set { name: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Jump(String),
    Return,
    /// `-j DNAT --to-destination ip:port`
    Dnat(String),
    /// `-j MARK --or-mark` (printed `--set-xmark m/m`)
    OrMark(u32),
    /// `-j MARK --xor-mark` (printed `--set-xmark m/0x0`)
    XorMark(u32),
    /// `-j MASQUERADE --random-fully`
    Masquerade,
    /// `-j MASQUERADE`
    MasqueradePlain,
    /// `-j REJECT --reject-with icmp-port-unreachable`
    Reject,
    /// `-j DROP`
    Drop,
    /// `-j ACCEPT`
    Accept,
}

/// A `-m` match module, with its options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Match {
    /// `-m comment --comment …`
    Comment(String),
    /// `-m tcp` (udp, sctp: the rule's protocol) with `--dport` when set.
    Proto(Option<i32>),
    /// `-m mark [!] --mark M/M`
    Mark { negated: bool, mark: u32 },
    /// `-m addrtype --src-type LOCAL` (`src`) or `--dst-type LOCAL`
    AddrTypeLocal { src: bool },
    /// `-m recent …`
    Recent(Recent),
    /// `-m statistic --mode random --probability P`: P as the kernel stores it (of 2^31).
    Statistic(u32),
    /// `-m conntrack [!] --ctstate STATES`
    Conntrack { negated: bool, states: &'static str },
    /// `-m set --match-set NAME DIRS` (an ipset: `dst`, `dst,dst`, `dst,dst,src`)
    Set { name: String, dirs: &'static str },
}

/// What an ipset's entries are made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetKind {
    /// `hash:ip`: `10.96.0.1`
    Ip,
    /// `bitmap:port`: `30080`
    Port,
    /// `hash:ip,port`: `10.96.0.1,tcp:443`
    IpPort,
    /// `hash:ip,port,ip`: `10.244.1.4,tcp:80,10.244.1.4`
    IpPortIp,
}

/// An ipset kube-proxy's IPVS mode keeps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IpSet {
    pub name: String,
    pub kind: SetKind,
    pub entries: BTreeSet<String>,
}

impl IpSet {
    /// Whether the packet's fields, taken as the set's kind, are an entry.
    fn holds(&self, pkt: &Packet) -> bool {
        let key = match self.kind {
            SetKind::Ip => pkt.dst.clone(),
            SetKind::Port => pkt.dport.to_string(),
            SetKind::IpPort => format!("{},{}:{}", pkt.dst, pkt.proto, pkt.dport),
            SetKind::IpPortIp => format!("{},{}:{},{}", pkt.dst, pkt.proto, pkt.dport, pkt.src),
        };
        self.entries.contains(&key)
    }
}

/// One rule: the base matches (printed first, in this order), then the match modules in the
/// order they were given, then the target.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rule {
    /// `[!] -s CIDR`
    pub src: Option<(bool, String)>,
    /// `[!] -d CIDR`
    pub dst: Option<(bool, String)>,
    /// `-p tcp`
    pub proto: Option<String>,
    pub modules: Vec<Match>,
    pub target: Option<Target>,
}

impl Rule {
    pub fn jump(chain: &str) -> Rule {
        Rule { target: Some(Target::Jump(chain.into())), ..Default::default() }
    }
    pub fn m(mut self, m: Match) -> Rule {
        self.modules.push(m);
        self
    }
    pub fn comment(self, c: impl Into<String>) -> Rule {
        self.m(Match::Comment(c.into()))
    }
    /// `-m <proto> -p <proto> [--dport N]`.
    pub fn proto(mut self, proto: &str, dport: Option<i32>) -> Rule {
        self.proto = Some(proto.into());
        self.m(Match::Proto(dport))
    }
    pub fn dst(mut self, ip: &str) -> Rule {
        self.dst = Some((false, host(ip)));
        self
    }
    pub fn not_dst(mut self, ip: &str) -> Rule {
        self.dst = Some((true, host(ip)));
        self
    }
    pub fn src(mut self, negated: bool, cidr: &str) -> Rule {
        self.src = Some((negated, host(cidr)));
        self
    }
    pub fn to(mut self, t: Target) -> Rule {
        self.target = Some(t);
        self
    }
    pub fn probability(&self) -> Option<u32> {
        self.modules.iter().find_map(|m| match m {
            Match::Statistic(p) => Some(*p),
            _ => None,
        })
    }
}

/// An address as iptables prints it: a host gets `/32`.
fn host(ip: &str) -> String {
    if ip.contains('/') {
        ip.to_string()
    } else {
        format!("{}/32", ip)
    }
}

/// What `iptables-restore` stores for `--probability` given as kube-proxy writes it (`%0.10f`):
/// `lround(0x80000000 * p)`, as libxt_statistic parses it.
pub fn kernel_probability(text: &str) -> u32 {
    let p: f64 = decfloat::parse(text).unwrap_or(0.0);
    (p * 2147483648.0).round() as u32
}

/// A table: its built-in chains (with their policy, in the kernel's order), its user chains
/// (kept sorted, as iptables-save lists them) and each chain's rules in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub name: &'static str,
    builtins: Vec<String>,
    user: BTreeSet<String>,
    rules: BTreeMap<String, Vec<Rule>>,
    /// The ipsets its `-m set` rules look in.
    /// Boxed: a map of pointers shares the page's `BTreeMap<String, Arc<_>>` code.
    pub sets: BTreeMap<String, Box<IpSet>>,
}

/// `xtables_save_string`: plain words stay bare, anything else is double-quoted.
fn save_string(out: &mut String, s: &str) {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
        out.push_str(s);
    } else {
        out.push('"');
        for c in s.chars() {
            if matches!(c, '"' | '\\' | '\'') {
                out.push('\\');
            }
            out.push(c);
        }
        out.push('"');
    }
}

impl Table {
    /// A table with these built-in chains (policy ACCEPT).
    pub fn new(name: &'static str, builtins: &[&str]) -> Table {
        Table { name, builtins: builtins.iter().map(|c| c.to_string()).collect(), ..Default::default() }
    }
    /// Declares a user chain.
    pub fn chain(&mut self, name: &str) {
        if !self.user.contains(name) {
            self.user.insert(name.to_string());
        }
    }
    pub fn add(&mut self, chain: &str, rule: Rule) {
        match self.rules.get_mut(chain) {
            Some(v) => v.push(rule),
            None => {
                self.rules.insert(chain.to_string(), vec![rule]);
            }
        }
    }
    /// The rules of one chain, in order.
    pub fn chain_rules<'a>(&'a self, chain: &str) -> impl Iterator<Item = &'a Rule> + 'a {
        self.rules.get(chain).into_iter().flatten()
    }

    /// The table as `iptables-save` prints it, between `*name` and `COMMIT`: chains in the
    /// kernel's order (built-ins, then the others by name), then every chain's rules.
    pub fn save(&self, out: &mut String) {
        let _ = writeln!(out, "*{}", self.name);
        for name in &self.builtins {
            let _ = writeln!(out, ":{} ACCEPT [0:0]", name);
        }
        for name in &self.user {
            let _ = writeln!(out, ":{} - [0:0]", name);
        }
        for name in self.builtins.iter().chain(&self.user) {
            for r in self.chain_rules(name) {
                out.push_str("-A ");
                out.push_str(name);
                save_rule(out, r);
                out.push('\n');
            }
        }
        out.push_str("COMMIT\n");
    }
}

fn save_rule(out: &mut String, r: &Rule) {
    if let Some((neg, s)) = &r.src {
        let _ = write!(out, "{} -s {}", if *neg { " !" } else { "" }, s);
    }
    if let Some((neg, d)) = &r.dst {
        let _ = write!(out, "{} -d {}", if *neg { " !" } else { "" }, d);
    }
    if let Some(p) = &r.proto {
        let _ = write!(out, " -p {}", p);
    }
    for m in &r.modules {
        match m {
            Match::Comment(c) => {
                out.push_str(" -m comment --comment ");
                save_string(out, c);
            }
            Match::Proto(dport) => {
                let _ = write!(out, " -m {}", r.proto.as_deref().unwrap_or("tcp"));
                if let Some(p) = dport {
                    let _ = write!(out, " --dport {}", p);
                }
            }
            Match::Mark { negated, mark } => {
                let _ = write!(out, " -m mark{} --mark {:#x}/{:#x}", if *negated { " !" } else { "" }, mark, mark);
            }
            Match::AddrTypeLocal { src } => {
                let _ = write!(out, " -m addrtype --{}-type LOCAL", if *src { "src" } else { "dst" });
            }
            Match::Recent(Recent::Check { name, seconds }) => {
                let _ = write!(out, " -m recent --rcheck --seconds {} --reap --name {} --mask 255.255.255.255 --rsource", seconds, name);
            }
            Match::Recent(Recent::Set { name }) => {
                let _ = write!(out, " -m recent --set --name {} --mask 255.255.255.255 --rsource", name);
            }
            Match::Statistic(p) => {
                let _ = write!(out, " -m statistic --mode random --probability {:.11}", *p as f64 / 2147483648.0);
            }
            Match::Conntrack { negated, states } => {
                let _ = write!(out, " -m conntrack{} --ctstate {}", if *negated { " !" } else { "" }, states);
            }
            Match::Set { name, dirs } => {
                let _ = write!(out, " -m set --match-set {} {}", name, dirs);
            }
        }
    }
    match &r.target {
        Some(Target::Jump(c)) => {
            let _ = write!(out, " -j {}", c);
        }
        Some(Target::Return) => out.push_str(" -j RETURN"),
        Some(Target::Dnat(to)) => {
            let _ = write!(out, " -j DNAT --to-destination {}", to);
        }
        Some(Target::OrMark(m)) => {
            let _ = write!(out, " -j MARK --set-xmark {:#x}/{:#x}", m, m);
        }
        Some(Target::XorMark(m)) => {
            let _ = write!(out, " -j MARK --set-xmark {:#x}/0x0", m);
        }
        Some(Target::Masquerade) => out.push_str(" -j MASQUERADE --random-fully"),
        Some(Target::MasqueradePlain) => out.push_str(" -j MASQUERADE"),
        Some(Target::Reject) => out.push_str(" -j REJECT --reject-with icmp-port-unreachable"),
        Some(Target::Drop) => out.push_str(" -j DROP"),
        Some(Target::Accept) => out.push_str(" -j ACCEPT"),
        None => {}
    }
}

/// A packet as the nat table sees it.
#[derive(Clone, Debug)]
pub struct Packet {
    pub src: String,
    pub dst: String,
    pub proto: String,
    pub dport: i32,
    /// The source is one of the node's own addresses (`addrtype --src-type LOCAL`).
    pub src_local: bool,
    /// The destination is one of the node's own addresses (`addrtype --dst-type LOCAL`).
    pub dst_local: bool,
    pub mark: u32,
}

/// One rule that matched on the way, for the trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub chain: String,
    /// Its position in the chain (1-based, as `iptables -L --line-numbers`).
    pub line: usize,
    /// The rule as iptables-save prints it (after `-A CHAIN`).
    pub rule: String,
    /// The random draw a `statistic` rule made, and the value it was compared with.
    pub draw: Option<(u32, u32)>,
}

/// What walking a chain did to a packet.
#[derive(Clone, Debug, Default)]
pub struct Verdict {
    pub hits: Vec<Hit>,
    /// Draws that did not match (each `statistic` rule passed over), in order.
    pub misses: Vec<Hit>,
    /// Every matched rule and every passed-over draw, in the order the kernel met them
    /// (true: matched).
    pub steps: Vec<(bool, Hit)>,
    pub dnat: Option<String>,
    pub rejected: bool,
    pub dropped: bool,
    /// `--rcheck`/`--set` names touched: (name, set?)
    pub recent: Vec<(String, bool)>,
}

/// Source of `statistic` draws and `recent` lookups while walking.
pub trait Kernel {
    /// `get_random_u32() & 0x7FFFFFFF`
    fn draw(&mut self) -> u32;
    /// Whether `src` was `--set` under `name` within `seconds`.
    fn recent(&mut self, name: &str, src: &str, seconds: i32) -> bool;
}

/// Whether an IPv4 address lies in `cidr` (a bare address is a /32).
pub fn in_cidr(ip: &str, cidr: &str) -> bool {
    let parse = |s: &str| -> Option<u32> {
        let p: Vec<u32> = s.split('.').map(|x| x.parse().ok()).collect::<Option<_>>()?;
        (p.len() == 4).then(|| (p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3])
    };
    let (net, len) = cidr.split_once('/').unwrap_or((cidr, "32"));
    let len: u32 = len.parse().unwrap_or(32);
    let (Some(a), Some(n)) = (parse(ip), parse(net)) else { return false };
    let mask = if len == 0 { 0 } else { u32::MAX << (32 - len) };
    a & mask == n & mask
}

impl Table {
    /// Walks `chain` for `pkt` as the kernel would, following jumps (depth-limited).
    pub fn walk(&self, chain: &str, pkt: &mut Packet, kernel: &mut dyn Kernel, v: &mut Verdict) {
        self.walk_depth(chain, pkt, kernel, v, 0);
    }

    /// Returns true when a terminal target ended the walk.
    fn walk_depth(&self, chain: &str, pkt: &mut Packet, kernel: &mut dyn Kernel, v: &mut Verdict, depth: usize) -> bool {
        if depth > 16 {
            return false;
        }
        for (line, r) in self.chain_rules(chain).enumerate() {
            if r.src.as_ref().is_some_and(|(neg, s)| in_cidr(&pkt.src, s) == *neg)
                || r.dst.as_ref().is_some_and(|(neg, d)| in_cidr(&pkt.dst, d) == *neg)
                || r.proto.as_ref().is_some_and(|p| *p != pkt.proto)
            {
                continue;
            }
            let mut draw = None;
            let mut matched = true;
            for m in &r.modules {
                matched = match m {
                    Match::Comment(_) => true,
                    Match::Proto(dport) => dport.is_none_or(|p| p == pkt.dport),
                    Match::Mark { negated, mark } => (pkt.mark & mark == *mark) != *negated,
                    Match::AddrTypeLocal { src } => if *src { pkt.src_local } else { pkt.dst_local },
                    Match::Recent(Recent::Check { name, seconds }) => {
                        v.recent.push((name.clone(), false));
                        kernel.recent(name, &pkt.src, *seconds)
                    }
                    Match::Recent(Recent::Set { name }) => {
                        v.recent.push((name.clone(), true));
                        true
                    }
                    Match::Statistic(p) => {
                        let d = kernel.draw();
                        draw = Some((d, *p));
                        d < *p
                    }
                    // Every packet traced is the first of its connection.
                    Match::Conntrack { negated, states } => states.split(',').any(|s| s == "NEW") != *negated,
                    Match::Set { name, .. } => self.sets.get(name).is_some_and(|s| s.holds(pkt)),
                };
                if !matched {
                    break;
                }
            }
            if !matched && draw.is_none() {
                continue;
            }
            // Only rules that matched or drew are recorded (and printed).
            let mut text = String::new();
            save_rule(&mut text, r);
            let hit = Hit { chain: chain.to_string(), line: line + 1, rule: text.trim_start().to_string(), draw };
            if !matched {
                v.steps.push((false, hit.clone()));
                v.misses.push(hit);
                continue;
            }
            v.steps.push((true, hit.clone()));
            v.hits.push(hit);
            match &r.target {
                Some(Target::Jump(c)) => {
                    if self.walk_depth(c, pkt, kernel, v, depth + 1) {
                        return true;
                    }
                }
                Some(Target::Return) => return false,
                Some(Target::Dnat(to)) => {
                    v.dnat = Some(to.clone());
                    return true;
                }
                Some(Target::OrMark(m)) => pkt.mark |= m,
                Some(Target::XorMark(m)) => pkt.mark ^= m,
                Some(Target::Masquerade | Target::MasqueradePlain | Target::Accept) => return true,
                Some(Target::Reject) => {
                    v.rejected = true;
                    return true;
                }
                Some(Target::Drop) => {
                    v.dropped = true;
                    return true;
                }
                None => {}
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probabilities_print_after_the_kernels_rounding() {
        let p = kernel_probability("0.3333333333");
        let r = Rule::jump("KUBE-SEP-X").m(Match::Statistic(p));
        let mut s = String::new();
        save_rule(&mut s, &r);
        assert_eq!(s, " -m statistic --mode random --probability 0.33333333349 -j KUBE-SEP-X");
        assert_eq!(kernel_probability("0.5000000000"), 1 << 30);
    }

    #[test]
    fn comments_are_quoted_unless_plain_words() {
        let mut s = String::new();
        save_string(&mut s, "default/kubernetes:https");
        save_string(&mut s, "kube-proxy");
        assert_eq!(s, "\"default/kubernetes:https\"kube-proxy");
    }

    #[test]
    fn cidr_matching() {
        assert!(in_cidr("10.244.1.5", "10.244.0.0/16"));
        assert!(!in_cidr("10.245.1.5", "10.244.0.0/16"));
        assert!(in_cidr("10.96.0.1", "10.96.0.1/32"));
    }
}
