#!/usr/bin/env python3
"""Prints the built page's size, raw and gzipped, per asset and in total; fails over budget.

What a learner's browser downloads to open the page is held to the budget. Documentation the
page fetches only when a command first needs it (kubectl explain's OpenAPI schemas, see
src/ui/docs.rs) is listed apart, with its own size, and counted in the folder's total.
"""
import gzip, os, sys

# Issue 7's budget: the whole page at most 1 MiB gzipped. Since stop 29 the wasm ships LZMA-packed
# (scripts/pack.py), a quarter smaller than gzip -9 makes it: the page went from 1,152,699 to
# 892,050 bytes, and what a learner downloads is what is counted here.
BUDGET_GZIP = 1024 * 1024
# Fetched on first use, not on page load.
ON_DEMAND = {"schemas.txt"}

def main(dist):
    rows, raw_total, gz_total, later = [], 0, 0, 0
    for name in sorted(os.listdir(dist)):
        path = os.path.join(dist, name)
        if not os.path.isfile(path):
            continue
        data = open(path, "rb").read()
        gz = len(gzip.compress(data, 9))
        rows.append((name, len(data), gz))
        if name in ON_DEMAND:
            later += gz
            continue
        raw_total += len(data)
        gz_total += gz
    width = max(len(r[0]) for r in rows)
    print(f"{'asset':<{width}}  {'raw':>10}  {'gzip':>10}")
    for name, raw, gz in rows:
        note = "   (fetched on first use)" if name in ON_DEMAND else ""
        print(f"{name:<{width}}  {raw:>10,}  {gz:>10,}{note}")
    print(f"{'page load':<{width}}  {raw_total:>10,}  {gz_total:>10,}   (budget {BUDGET_GZIP:,} gzip)")
    print(f"{'with on-demand':<{width}}  {'':>10}  {gz_total + later:>10,}")
    if gz_total > BUDGET_GZIP:
        print(f"over budget by {gz_total - BUDGET_GZIP:,} bytes gzipped", file=sys.stderr)
        return 1
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist"))
