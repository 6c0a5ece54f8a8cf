#!/usr/bin/env python3
"""Where the page's wasm code goes: function body sizes from a wasm file's name section, summed
by function family (generic parameters folded) or by module path.

    cargo build --release --target wasm32-unknown-unknown --bin kubeplay
    python3 scripts/wasm_code.py target/wasm32-unknown-unknown/release/kubeplay.wasm [--modules [DEPTH]] [--top N]
    python3 scripts/wasm_code.py OLD.wasm --diff NEW.wasm     # what changed, per function

Use the unoptimized-by-wasm-opt build under target/ (dist/ has no names). Sizes are raw bytes of
code before wasm-opt and gzip; the page's gzip size is roughly 0.38 times the raw code.
"""
import collections
import re
import sys


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def demangle(sym):
    """Rust's legacy mangling: _ZN<len><ident>...E, with $..$ escapes, hash segment dropped."""
    if not sym.startswith("_ZN"):
        return sym
    i, parts = 3, []
    while i < len(sym) and sym[i].isdigit():
        j = i
        while sym[j].isdigit():
            j += 1
        n = int(sym[i:j])
        parts.append(sym[j:j + n])
        i = j + n
    if parts and re.fullmatch(r"h[0-9a-f]{16}", parts[-1]):
        parts.pop()
    subs = {"$LT$": "<", "$GT$": ">", "$u20$": " ", "$u27$": "'", "$RF$": "&", "$BP$": "*", "$C$": ",", "$u5b$": "[", "$u5d$": "]",
            "$u7b$": "{", "$u7d$": "}", "$u3b$": ";", "$u2b$": "+", "$u22$": '"', "$LP$": "(", "$RP$": ")", "..": "::"}
    out = "::".join(parts)
    for k, v in subs.items():
        out = out.replace(k, v)
    return out.lstrip("_") if out.startswith("_<") else out


def functions(path):
    data = open(path, "rb").read()
    i, imported, sizes, names = 8, 0, [], {}
    while i < len(data):
        sid = data[i]
        size, i = leb(data, i + 1)
        start, end = i, i + size
        if sid == 2:
            count, j = leb(data, start)
            for _ in range(count):
                n, j = leb(data, j)
                j += n
                n, j = leb(data, j)
                j += n
                kind = data[j]
                j += 1
                if kind == 0:
                    _, j = leb(data, j)
                    imported += 1
                elif kind == 1:
                    j += 1
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 2:
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                else:
                    j += 2
        elif sid == 10:
            count, j = leb(data, start)
            for _ in range(count):
                n, j = leb(data, j)
                sizes.append(n)
                j += n
        elif sid == 0:
            n, j = leb(data, start)
            if data[j:j + n] == b"name":
                j += n
                while j < end:
                    sub = data[j]
                    sz, j = leb(data, j + 1)
                    if sub == 1:
                        count, k = leb(data, j)
                        for _ in range(count):
                            idx, k = leb(data, k)
                            n2, k = leb(data, k)
                            names[idx] = data[k:k + n2].decode("utf-8", "replace")
                            k += n2
                    j += sz
        i = end
    return [(demangle(names.get(k + imported, f"func{k}")), sz) for k, sz in enumerate(sizes)]


def by_name(fns):
    out = collections.Counter()
    for name, sz in fns:
        out[name] += sz
    return out


def family(name):
    prev = None
    while prev != name:
        prev, name = name, re.sub(r"<[^<>]*>", "<>", name)
    return name


def module(name, depth):
    m = re.findall(r"([a-z_][a-z0-9_]*)::", name)
    return "::".join(m[:depth]) if m else name[:40]


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 40
    listed = functions(argv[1])
    fns = by_name(listed)
    print(f"{len(listed)} functions, {sum(fns.values()):,} bytes of code")
    if "--diff" in argv:
        new = by_name(functions(argv[argv.index("--diff") + 1]))
        print(f"new: {sum(new.values()):,} bytes ({sum(new.values()) - sum(fns.values()):+,})")
        d = {k: new[k] - fns[k] for k in set(fns) | set(new)}
        for k, v in sorted(d.items(), key=lambda kv: -abs(kv[1]))[:top]:
            print(f"{v:>+9,} {fns[k]:>9,} {new[k]:>9,}  {k[:140]}")
        return 0
    groups, counts = collections.Counter(), collections.Counter()
    depth = None
    if "--modules" in argv:
        nxt = argv[argv.index("--modules") + 1] if argv.index("--modules") + 1 < len(argv) else ""
        depth = int(nxt) if nxt.isdigit() else 2
    for name, sz in listed:
        key = module(name, depth) if depth else family(name)
        groups[key] += sz
        counts[key] += 1
    for k, v in groups.most_common(top):
        print(f"{v:>9,} {counts[k]:>5}  {k[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
