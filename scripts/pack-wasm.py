#!/usr/bin/env python3
"""Trunk post-build hook: ship the release wasm LZMA-packed (see web/loader/README.md).

LZMA packs the wasm about a fifth smaller than the gzip a static server sends, and a quarter
smaller once the code section is split into streams of like things (1.57 MB of wasm: 527 KB
instead of 679 KB). This hook runs after Trunk has written the staging
directory. For a release build it replaces `<name>_bg.wasm` with `<name>_bg.wasm.lzma` and
rewrites index.html: the wasm preload now fetches the packed file, and the start script
unpacks it with web/loader/unlzma.js and unsplit.js (inlined) before wasm-bindgen's `init`
instantiates it. Debug builds are left as Trunk wrote them. `pack-wasm.py --pack IN OUT` packs one file
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
import subprocess
import sys
from pathlib import Path

# lc=4: a literal's context is the previous byte's high nibble (best for wasm code, measured
# against lc=0..4 and pb=0..2); preset 9 extreme with the longest match length.
FILTERS = [{"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME,
            "lc": 4, "lp": 0, "pb": 0, "nice_len": 273}]


def fail(message):
    sys.exit(f"pack-wasm: {message}")


# The code section's streams, in the order the layout stores them (unsplit.js's STREAMS).
STREAMS = ["op", "decl", "localget", "localset", "localtee", "global", "call", "indirect",
           "br", "block", "align", "offset", "i32", "i64", "float", "misc"]
# Opcodes without immediates (MVP numeric and parametric ones, `ref.is_null`).
PLAIN = {0x00, 0x01, 0x05, 0x0b, 0x0f, 0x1a, 0x1b, 0xd1, *range(0x45, 0xc5)}


class Unsplittable(Exception):
    """The module uses something the layout does not know (it is then packed whole)."""


def read_leb(data, at):
    """(value, end) of the unsigned LEB128 number at `at`."""
    value = shift = 0
    while True:
        if at >= len(data) or shift > 63:
            raise Unsplittable("a LEB128 number runs off its section")
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def leb(value):
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def split_code(wasm):
    """The wasm in the layout unsplit.js rebuilds (web/loader/README.md):

    `\0kps`, then u32-length-prefixed: the bytes before the code section, the bytes after
    it, then the function count (u32), then each stream of STREAMS. A body's bytes go to
    the streams instruction by instruction; its size and the section's size are not stored
    (unsplit.js writes them as minimal LEB128s, so the packer checks they were)."""
    if wasm[:8] != b"\0asm\x01\0\0\0":
        raise Unsplittable("not a wasm module")
    at = 8
    code = None
    while at < len(wasm):
        section_start = at
        size, body = read_leb(wasm, at + 1)
        if wasm[at] == 10:
            if code is not None or wasm[at + 1:body] != leb(size):
                raise Unsplittable("the code section's size is not a minimal LEB128")
            code = (section_start, body, body + size)
        at = body + size
    if code is None or at != len(wasm):
        raise Unsplittable("no code section, or a section runs off the module")
    streams = {name: bytearray() for name in STREAMS}
    section, end = code[1], code[2]

    def take(name, start, stop):
        streams[name] += wasm[start:stop]
        return stop

    def take_leb(name, start):
        return take(name, start, read_leb(wasm, start)[1])

    count, at = read_leb(wasm, section)
    if wasm[section:at] != leb(count):
        raise Unsplittable("the function count is not a minimal LEB128")
    for _ in range(count):
        size, body = read_leb(wasm, at)
        if wasm[at:body] != leb(size):
            raise Unsplittable("a function size is not a minimal LEB128")
        at, stop = body, body + size
        groups, after = read_leb(wasm, at)
        at = take("decl", at, after)
        for _ in range(groups):
            at = take("decl", at, read_leb(wasm, at)[1] + 1)
        depth = 0
        while depth >= 0:
            if at >= stop:
                raise Unsplittable("a function body ends inside an instruction")
            opcode = wasm[at]
            at = take("op", at, at + 1)
            if opcode == 0x0B:
                depth -= 1
            elif opcode in (0x02, 0x03, 0x04):
                depth += 1
                kind = wasm[at]
                at = take("block", at, at + 1) if kind == 0x40 or 0x6F <= kind <= 0x7F else take_leb("block", at)
            elif opcode in (0x0C, 0x0D):
                at = take_leb("br", at)
            elif opcode == 0x0E:
                targets, _ = read_leb(wasm, at)
                for _ in range(targets + 2):
                    at = take_leb("br", at)
            elif opcode in (0x10, 0xD2):
                at = take_leb("call", at)
            elif opcode == 0x11:
                at = take_leb("indirect", take_leb("indirect", at))
            elif opcode == 0x1C:
                types, after = read_leb(wasm, at)
                at = take("misc", at, after + types)
            elif opcode in (0x20, 0x21, 0x22):
                at = take_leb(("localget", "localset", "localtee")[opcode - 0x20], at)
            elif opcode in (0x23, 0x24):
                at = take_leb("global", at)
            elif opcode in (0x25, 0x26):
                at = take_leb("misc", at)
            elif 0x28 <= opcode <= 0x3E:
                at = take_leb("offset", take_leb("align", at))
            elif opcode in (0x3F, 0x40, 0xD0):
                at = take("misc", at, at + 1)
            elif opcode == 0x41:
                at = take_leb("i32", at)
            elif opcode == 0x42:
                at = take_leb("i64", at)
            elif opcode in (0x43, 0x44):
                at = take("float", at, at + (4 if opcode == 0x43 else 8))
            elif opcode == 0xFC:
                sub, _ = read_leb(wasm, at)
                at = take_leb("op", at)
                if sub == 8:
                    at = take("misc", at, read_leb(wasm, at)[1] + 1)
                elif sub in (9, 13, 15, 16, 17):
                    at = take_leb("misc", at)
                elif sub in (10, 11):
                    at = take("misc", at, at + (2 if sub == 10 else 1))
                elif sub in (12, 14):
                    at = take_leb("misc", take_leb("misc", at))
                elif sub > 7:
                    raise Unsplittable(f"opcode 0xfc {sub}")
            elif opcode not in PLAIN:
                raise Unsplittable(f"opcode {opcode:#04x}")
        if at != stop:
            raise Unsplittable("a function body does not end at its size")
    if at != end:
        raise Unsplittable("the code section does not end after its functions")
    parts = [wasm[:code[0]], wasm[end:]]
    out = bytearray(b"\0kps")
    for part in parts:
        out += struct.pack("<I", len(part)) + part
    out += struct.pack("<I", count)
    for name in STREAMS:
        out += struct.pack("<I", len(streams[name])) + streams[name]
    return bytes(out)


def layout(data):
    """What gets packed: a wasm module in the split layout, or as it is if it cannot be split
    (and any other file as it is)."""
    if not data.startswith(b"\0asm"):
        return data
    try:
        return split_code(data)
    except Unsplittable as reason:
        print(f"pack-wasm: the code section is packed whole ({reason})", file=sys.stderr)
        return data


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
    """The decoder modules as inline script code (their `export`s dropped)."""
    code = ""
    for module, function in (("unlzma.js", "unlzma"), ("unsplit.js", "unsplitWasm")):
        text = (root / "web/loader" / module).read_text()
        if text.count("export ") != 1 or text.count(f"export function {function}(") != 1:
            fail(f"web/loader/{module} must export exactly one function, {function}")
        code += text.replace("export function", "function") + "\n"
    return compact(code + UNPACK)


UNPACK = """
// The wasm ships LZMA-packed (web/loader/README.md): fetch, check and unpack it.
async function unpackWasm(url, integrity) {
  const response = await fetch(url, { integrity });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return unsplitWasm(unlzma(new Uint8Array(await response.arrayBuffer())));
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
    packed = pack(layout(data))
    packed_path = wasm.with_name(wasm.name + ".lzma")
    packed_path.write_bytes(packed)
    # The page's own decoders must give back the very module Trunk wrote.
    check = subprocess.run(["node", root / "web/loader/verify.mjs", packed_path, wasm],
                           capture_output=True, text=True)
    if check.returncode != 0:
        fail(f"the packed wasm does not unpack to the original: {check.stdout}{check.stderr}")

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
        Path(sys.argv[3]).write_bytes(pack(layout(Path(sys.argv[2]).read_bytes())))
    else:
        main()
