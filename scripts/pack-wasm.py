#!/usr/bin/env python3
"""Trunk post-build hook: ship the release wasm LZMA-packed (see web/loader/README.md).

LZMA packs the wasm about a fifth smaller than the gzip a static server sends (1.57 MB of
wasm: 557 KB instead of 679 KB). This hook runs after Trunk has written the staging
directory. For a release build it replaces `<name>_bg.wasm` with `<name>_bg.wasm.lzma` and
rewrites index.html: the wasm preload now fetches the packed file, and the start script
unpacks it with web/loader/unlzma.js (inlined) before wasm-bindgen's `init` instantiates
it. Debug builds are left as Trunk wrote them. `pack-wasm.py --pack IN OUT` packs one file
the same way (the decoder's tests use it).

Any surprise in Trunk's output (no wasm, several, an unknown start script) stops the build:
a silently unpacked or broken page would be worse.
"""

import base64
import hashlib
import lzma
import os
import re
import struct
import sys
from pathlib import Path

# lc=4: a literal's context is the previous byte's high nibble (best for wasm code, measured
# against lc=0..4 and pb=0..2); preset 9 extreme with the longest match length.
FILTERS = [{"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME,
            "lc": 4, "lp": 0, "pb": 0, "nice_len": 273}]


def fail(message):
    sys.exit(f"pack-wasm: {message}")


def pack(data):
    """An `.lzma` file (LZMA-alone) that declares its uncompressed size."""
    packed = bytearray(lzma.compress(data, format=lzma.FORMAT_ALONE, filters=FILTERS))
    packed[5:13] = struct.pack("<Q", len(data))
    return bytes(packed)


def integrity(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def compact(code):
    """Script code without indentation, blank lines and whole-line `//` comments (the code
    inlined here has no multi-line strings, so this is safe; lines stay lines)."""
    lines = (line.strip() for line in code.splitlines())
    return "\n".join(line for line in lines if line and not line.startswith("//"))


def loader_code(root):
    """The decoder module as inline script code (its `export` dropped)."""
    code = (root / "web/loader/unlzma.js").read_text()
    if code.count("export function unlzma(") != 1:
        fail("web/loader/unlzma.js must export exactly one function unlzma")
    return compact(code.replace("export function unlzma(", "function unlzma(") + UNPACK)


UNPACK = """
// The wasm ships LZMA-packed (web/loader/README.md): fetch, check and unpack it.
async function unpackWasm(url, integrity) {
  const response = await fetch(url, { integrity });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return unlzma(new Uint8Array(await response.arrayBuffer()));
}
function showStartFailure(error) {
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = `kubeplay could not start: ${error.message}. Reload the page to try again.`;
  document.body.append(message);
  throw error;
}
"""


def main():
    if os.environ.get("TRUNK_PROFILE") != "release":
        return
    root = Path(__file__).resolve().parent.parent
    staging = Path(os.environ["TRUNK_STAGING_DIR"])
    wasms = sorted(staging.glob("*_bg.wasm"))
    if len(wasms) != 1:
        fail(f"expected one *_bg.wasm in {staging}, found {len(wasms)}")
    wasm = wasms[0]
    data = wasm.read_bytes()
    packed = pack(data)
    packed_path = wasm.with_name(wasm.name + ".lzma")
    packed_path.write_bytes(packed)

    index = staging / "index.html"
    html = index.read_text()
    name = re.escape(wasm.name)
    start = re.compile(r"await init\(\{ module_or_path: '(\./)?" + name + r"' \}\)")
    if len(start.findall(html)) != 1:
        fail("index.html: Trunk's start script (await init({ module_or_path: ... })) not found")
    url = f"./{packed_path.name}"
    sri = integrity(packed)
    html = start.sub(
        lambda _: f"await unpackWasm('{url}', '{sri}').then((bytes) => init({{ module_or_path: bytes }})).catch(showStartFailure)",
        html,
    )
    # The definitions go before the start statement (the decoder's class is not hoisted).
    html = html.replace("const wasm = await unpackWasm(",
                        loader_code(root) + "\nconst wasm = await unpackWasm(", 1)
    if "function unpackWasm(" not in html:
        fail("index.html: the start statement is not `const wasm = await init(...)`")
    preload = re.compile(r"<link [^>]*href=\"?(\./)?" + name + r"\"? [^>]*>")
    if len(preload.findall(html)) != 1:
        fail("index.html: the wasm preload link not found")
    html = preload.sub(
        lambda _: f"<link as=fetch crossorigin href={url} integrity={sri} rel=preload>", html)
    index.write_text(html)
    wasm.unlink()
    print(f"pack-wasm: {wasm.name} ({len(data)} bytes) packed as {packed_path.name} ({len(packed)} bytes)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--pack"] and len(sys.argv) == 4:
        # For web/loader/unlzma.test.mjs: pack a file the way the hook does.
        Path(sys.argv[3]).write_bytes(pack(Path(sys.argv[2]).read_bytes()))
    else:
        main()
