#!/usr/bin/env python3
"""Trunk's post-build hook (Trunk.toml): ships the page's wasm LZMA-compressed.

LZMA packs the wasm about a quarter smaller than gzip -9 (measured at stop 29: 1.14 MB gzipped,
0.85 MB LZMA), which is what the learner downloads: a static host's gzip cannot shrink an LZMA
file further. The page decodes it with static/unlzma.js (LzmaSpec's decoder, ~2 KB gzipped) and
hands the bytes to wasm-bindgen's init, in place of Trunk's streaming fetch of the .wasm.

What it does in the staging folder (TRUNK_STAGING_DIR, or the folder given as the argument):
  NAME_bg.wasm       -> NAME_bg.wasm.lzma  (LZMA "alone" format, the unpacked size in its header)
  Trunk's inline loader and its wasm preload link in index.html
                     -> <script type="module" src="NAME_boot.js">: the decoder, then the loader
It marks performance measures `kubeplay:unpack` (the decoding) and `kubeplay:start` (decoding,
compiling and starting the wasm), which tests/e2e/bench.mjs reports. The boot module finds the other files relative to its own URL, so the page works under a
sub-path, and index.html keeps no inline script.
"""
import lzma
import os
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def fail(msg):
    print(f"pack: {msg}", file=sys.stderr)
    sys.exit(1)


def main(staging):
    wasms = [n for n in os.listdir(staging) if n.endswith("_bg.wasm")]
    if len(wasms) != 1:
        fail(f"expected one *_bg.wasm in {staging}, found {wasms}")
    wasm = wasms[0]
    stem = wasm[: -len("_bg.wasm")]
    js = stem + ".js"
    if not os.path.isfile(os.path.join(staging, js)):
        fail(f"{js} (wasm-bindgen's glue) is missing")

    data = open(os.path.join(staging, wasm), "rb").read()
    # lc=4 (literals predicted from the previous byte's top four bits), no position bits: wasm's
    # opcodes and LEB128 bytes are not aligned, and this packs it 4 KB smaller than the defaults
    # (lc=3, pb=2). The decoder reads the properties from the header.
    filters = [{"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME, "lc": 4, "lp": 0, "pb": 0}]
    packed = bytearray(lzma.compress(data, format=lzma.FORMAT_ALONE, filters=filters))
    packed[5:13] = struct.pack("<Q", len(data))  # liblzma writes "unknown"; the decoder wants it
    open(os.path.join(staging, wasm + ".lzma"), "wb").write(packed)
    os.remove(os.path.join(staging, wasm))

    decoder = open(os.path.join(HERE, "..", "static", "unlzma.js")).read()
    decoder = re.sub(r"^export function", "function", decoder, count=1, flags=re.M)
    boot = stem + "_boot.js"
    open(os.path.join(staging, boot), "w").write(
        f"import init, * as bindings from './{js}';\n"
        + decoder
        + f"const packed = await fetch(new URL('./{wasm}.lzma', import.meta.url));\n"
        + "if (!packed.ok) throw new Error(`kubeplay: loading the page's wasm: HTTP ${packed.status}`);\n"
        + "const bytes = new Uint8Array(await packed.arrayBuffer());\n"
        + "performance.mark('kubeplay:fetched');\n"
        + "const unpacked = unlzma(bytes);\n"
        + "performance.measure('kubeplay:unpack', 'kubeplay:fetched');\n"
        + "const wasm = await init({ module_or_path: unpacked });\n"
        + "performance.measure('kubeplay:start', 'kubeplay:fetched');\n"
        + "window.wasmBindings = bindings;\n"
        + "dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));\n"
    )

    index = os.path.join(staging, "index.html")
    html = open(index).read()
    loader = re.compile(r"<script type=\"?module\"?>(?:(?!</script>).)*?import init.*?</script>", re.S)
    preload = re.compile(r"<link[^>]*?href=\"?([^\" >]*)" + re.escape(wasm) + r"\"?[^>]*>")
    found = preload.search(html)
    if not loader.search(html) or not found:
        fail("index.html has no Trunk loader or wasm preload link to replace (a new Trunk?)")
    prefix = found.group(1)
    html = preload.sub("", html)
    html = loader.sub(f'<script type="module" src="{prefix}{boot}"></script>', html)
    open(index, "w").write(html)
    print(f"pack: {wasm} {len(data):,} bytes -> {wasm}.lzma {len(packed):,} bytes; loader {boot}")
    write_embed(staging, boot)


def write_embed(staging, boot):
    """The widgets' entry points: kubeplay-embed.js (static/embed.js with the boot module's and
    the stylesheet's hashed names) and embed.html (one widget in a frame, from its fragment)."""
    css = [n for n in os.listdir(staging) if n.endswith(".css")]
    if len(css) != 1:
        fail(f"expected one stylesheet in {staging}, found {css}")
    template = open(os.path.join(HERE, "..", "static", "embed.js")).read()
    open(os.path.join(staging, "kubeplay-embed.js"), "w").write(template.replace("@BOOT@", boot).replace("@CSS@", css[0]))
    open(os.path.join(staging, "embed.html"), "w").write(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n"
        "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "  <title>kubeplay</title>\n  <link rel=\"icon\" href=\"data:,\">\n"
        f"  <link rel=\"stylesheet\" href=\"{css[0]}\">\n"
        "  <script type=\"module\" src=\"kubeplay-embed.js\"></script>\n"
        "</head>\n<body data-kubeplay-frame></body>\n</html>\n"
    )
    print(f"pack: kubeplay-embed.js and embed.html for widgets ({boot}, {css[0]})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR") or fail("no staging dir"))
