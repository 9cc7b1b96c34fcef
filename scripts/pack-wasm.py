#!/usr/bin/env python3
"""Trunk post-build hook: ship the release wasm LZMA-packed (see web/loader/README.md).

LZMA packs the wasm about a fifth smaller than the gzip a static server sends, and smaller
still once the code and data sections are split into streams of like things (2.53 MB of
wasm: gzip 1,073 KB, LZMA 861 KB, LZMA of the split layout 774 KB). This hook runs after
Trunk has written the staging
directory. For a release build it replaces `<name>_bg.wasm` with `<name>_bg.wasm.lzma` and
rewrites index.html: the wasm preload now fetches the packed file, and the start script
unpacks it with web/loader/unlzma.js and unsplit.js (inlined) before wasm-bindgen's `init`
instantiates it. Debug builds are left as Trunk wrote them. `pack-wasm.py --pack IN OUT` packs one file
the same way (the decoder's tests use it).

Any surprise in Trunk's output (no wasm, several, an unknown start script) stops the build:
a silently unpacked or broken page would be worse.
"""

import base64
import collections
import hashlib
import lzma
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

# lc=2, pb=1: a literal's context is the previous byte's top two bits, and the position's
# parity matters (best for the split layout, measured against lc=0..4, lp=0..1 and pb=0..2);
# preset 9 extreme with the longest match length.
FILTERS = [{"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME,
            "lc": 2, "lp": 0, "pb": 1, "nice_len": 273}]


def fail(message):
    sys.exit(f"pack-wasm: {message}")


# The streams, in the order the layout stores them (unsplit.js's STREAMS): the code section's,
# then the data section's.
STREAMS = ["op", "decl", "localget", "localset", "localtee", "global", "call", "indirect",
           "br", "block", "align", "load", "store", "i32", "i32mid", "i32big", "i64", "float",
           "misc", "segments", "data"]
# Opcodes without immediates (MVP numeric and parametric ones, `ref.is_null`).
PLAIN = {0x00, 0x01, 0x05, 0x0b, 0x0f, 0x1a, 0x1b, 0xd1, *range(0x45, 0xc5)}
# Opcodes that exist only in the op stream (no wasm opcode the layout takes has these values):
# `i32.const 0`, `i32.const 1`, `i32.const` with its value in i32mid (two bytes, big-endian)
# or in i32big (four bytes), a memory access whose alignment is not its natural one (the
# access's opcode follows, its alignment is in the align stream), and `call` of one of the
# module's most called functions (FREQUENT_CALL + its rank).
I32_ZERO, I32_ONE, I32_MID, I32_BIG, UNALIGNED, FREQUENT_CALL = 0xE0, 0xE1, 0xE2, 0xE3, 0xE4, 0xE8
FREQUENT_CALLS = 0xFC - FREQUENT_CALL
# The natural alignment (log2 of the access size) of each memory access, 0x28 to 0x3e.
NATURAL_ALIGN = dict(zip(range(0x28, 0x3F), [2, 3, 2, 3, 0, 0, 1, 1, 0, 0, 1, 1, 2, 2,
                                             2, 3, 2, 3, 0, 1, 0, 1, 2]))


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


def sleb(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if (value == 0 and not byte & 0x40) or (value == -1 and byte & 0x40):
            out.append(byte)
            return bytes(out)
        out.append(byte | 0x80)


def read_i32(data, at):
    """(value, end) of the signed LEB128 number at `at`, or (None, end) when it is not the
    minimal encoding of an i32 (the layout then keeps its bytes as they are)."""
    value, end = read_leb(data, at)
    if data[end - 1] & 0x40:
        value -= 1 << (7 * (end - at))
    if not -2**31 <= value < 2**31 or sleb(value) != data[at:end]:
        return None, end
    return value, end


def sections(wasm):
    """(id, start, body, end) of each section of the module."""
    if wasm[:8] != b"\0asm\x01\0\0\0":
        raise Unsplittable("not a wasm module")
    at = 8
    while at < len(wasm):
        size, body = read_leb(wasm, at + 1)
        if body + size > len(wasm):
            raise Unsplittable("a section runs off the module")
        yield wasm[at], at, body, body + size
        at = body + size


def instructions(wasm, at, stop):
    """(opcode, start, end) of each instruction of the function body at `at` (after its
    local declarations), and last the body's end; `start` is where the immediates begin."""
    depth = 0
    while depth >= 0:
        if at >= stop:
            raise Unsplittable("a function body ends inside an instruction")
        opcode, start = wasm[at], at + 1
        at = start
        if opcode == 0x0B:
            depth -= 1
        elif opcode in (0x02, 0x03, 0x04):
            depth += 1
            kind = wasm[at]
            at = at + 1 if kind == 0x40 or 0x6F <= kind <= 0x7F else read_leb(wasm, at)[1]
        elif opcode == 0x0E:
            targets, at = read_leb(wasm, at)
            for _ in range(targets + 1):
                at = read_leb(wasm, at)[1]
        elif opcode in (0x0C, 0x0D, 0x10, 0xD2, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26,
                        0x41, 0x42):
            at = read_leb(wasm, at)[1]
        elif opcode == 0x11:
            at = read_leb(wasm, read_leb(wasm, at)[1])[1]
        elif opcode == 0x1C:
            types, after = read_leb(wasm, at)
            at = after + types
        elif 0x28 <= opcode <= 0x3E:
            at = read_leb(wasm, read_leb(wasm, at)[1])[1]
        elif opcode in (0x3F, 0x40, 0xD0):
            at += 1
        elif opcode in (0x43, 0x44):
            at += 4 if opcode == 0x43 else 8
        elif opcode == 0xFC:
            sub, at = read_leb(wasm, at)
            if sub == 8:
                at = read_leb(wasm, at)[1] + 1
            elif sub in (9, 13, 15, 16, 17):
                at = read_leb(wasm, at)[1]
            elif sub in (10, 11):
                at += 2 if sub == 10 else 1
            elif sub in (12, 14):
                at = read_leb(wasm, read_leb(wasm, at)[1])[1]
            elif sub > 7:
                raise Unsplittable(f"opcode 0xfc {sub}")
        elif opcode not in PLAIN:
            raise Unsplittable(f"opcode {opcode:#04x}")
        yield opcode, start, at
    if at != stop:
        raise Unsplittable("a function body does not end at its size")


def bodies(wasm, section, end):
    """(start of the local declarations, end) of each function body of the code section."""
    count, at = read_leb(wasm, section)
    if wasm[section:at] != leb(count):
        raise Unsplittable("the function count is not a minimal LEB128")
    for _ in range(count):
        size, body = read_leb(wasm, at)
        if wasm[at:body] != leb(size):
            raise Unsplittable("a function size is not a minimal LEB128")
        yield body, body + size
        at = body + size
    if at != end:
        raise Unsplittable("the code section does not end after its functions")


def split_data(wasm, section, end, streams):
    """The segment count of the data section, its segments put in the segments and data
    streams; None (and no stream touched) if it has a segment the layout does not know: only
    active segments of memory 0 at an `i32.const` offset, all numbers minimal, are split."""
    count, at = read_leb(wasm, section)
    if wasm[section:at] != leb(count):
        return None
    segments, data = bytearray(), bytearray()
    previous_end = 0
    for _ in range(count):
        if wasm[at:at + 2] != b"\0\x41":
            return None
        offset, at = read_i32(wasm, at + 2)
        if offset is None or wasm[at:at + 1] != b"\x0b":
            return None
        size, body = read_leb(wasm, at + 1)
        if wasm[at + 1:body] != leb(size) or body + size > end:
            return None
        segments += sleb(offset - previous_end) + leb(size)
        data += wasm[body:body + size]
        previous_end, at = offset + size, body + size
    if at != end:
        return None
    streams["segments"] += segments
    streams["data"] += data
    return count


def split_code(wasm):
    """The wasm in the layout unsplit.js rebuilds (web/loader/README.md):

    `\0kps`, then u32-length-prefixed: the bytes before the code section, the bytes after
    it (after the data section when one follows it and is split); then u32s: the function
    count, the bodies' total size, the data segment count plus one (0 when the data section
    is not split), the number of frequent callees and each of them; then each stream of
    STREAMS. A body's bytes go to the streams instruction by instruction, a few common
    instructions as opcodes of their own; its size and the section's size are not stored
    (unsplit.js writes them as minimal LEB128s, so the packer checks they were)."""
    code = data = None
    for section_id, start, body, end in sections(wasm):
        if section_id == 10:
            if code is not None or wasm[start + 1:body] != leb(end - body):
                raise Unsplittable("the code section's size is not a minimal LEB128")
            code = (start, body, end)
        elif section_id == 11 and code is not None and start == code[2]:
            data = (start, body, end)
    if code is None:
        raise Unsplittable("no code section")
    functions = list(bodies(wasm, code[1], code[2]))

    calls = collections.Counter()
    for body, stop in functions:
        groups, at = read_leb(wasm, body)
        for _ in range(groups):
            at = read_leb(wasm, at)[1] + 1
        for opcode, start, end in instructions(wasm, at, stop):
            if opcode == 0x10 and end - start <= 3:
                callee, _ = read_leb(wasm, start)
                if wasm[start:end] == leb(callee):
                    calls[callee] += 1
    frequent = {callee: rank for rank, (callee, _) in enumerate(calls.most_common(FREQUENT_CALLS))}

    def frequent_call(start, end):
        callee, _ = read_leb(wasm, start)
        return frequent.get(callee) if wasm[start:end] == leb(callee) else None

    streams = {name: bytearray() for name in STREAMS}
    op = streams["op"]

    def take(name, start, stop):
        streams[name] += wasm[start:stop]

    for body, stop in functions:
        groups, at = read_leb(wasm, body)
        for _ in range(groups):
            at = read_leb(wasm, at)[1] + 1
        take("decl", body, at)
        for opcode, start, end in instructions(wasm, at, stop):
            if opcode == 0x41:
                value, _ = read_i32(wasm, start)
                if value == 0 or value == 1:
                    op.append(I32_ZERO if value == 0 else I32_ONE)
                elif value is not None and end - start == 2:
                    op.append(I32_MID)
                    streams["i32mid"] += struct.pack(">h", value)
                elif value is not None and end - start > 2:
                    op.append(I32_BIG)
                    streams["i32big"] += struct.pack(">i", value)
                else:
                    op.append(opcode)
                    take("i32", start, end)
            elif 0x28 <= opcode <= 0x3E:
                after_align = read_leb(wasm, start)[1]
                if wasm[start:after_align] != bytes([NATURAL_ALIGN[opcode]]):
                    op.append(UNALIGNED)
                    take("align", start, after_align)
                op.append(opcode)
                take("load" if opcode < 0x36 else "store", after_align, end)
            elif opcode == 0x10 and frequent_call(start, end) is not None:
                op.append(FREQUENT_CALL + frequent_call(start, end))
            else:
                op.append(opcode)
                if opcode in (0x02, 0x03, 0x04):
                    take("block", start, end)
                elif opcode in (0x0C, 0x0D, 0x0E):
                    take("br", start, end)
                elif opcode in (0x10, 0xD2):
                    take("call", start, end)
                elif opcode == 0x11:
                    take("indirect", start, end)
                elif opcode in (0x20, 0x21, 0x22):
                    take(("localget", "localset", "localtee")[opcode - 0x20], start, end)
                elif opcode in (0x23, 0x24):
                    take("global", start, end)
                elif opcode == 0x42:
                    take("i64", start, end)
                elif opcode in (0x43, 0x44):
                    take("float", start, end)
                elif opcode == 0xFC:
                    after_sub = read_leb(wasm, start)[1]
                    take("op", start, after_sub)
                    take("misc", after_sub, end)
                elif end > start:
                    take("misc", start, end)

    segments = None if data is None else split_data(wasm, data[1], data[2], streams)
    rest = code[2] if segments is None else data[2]
    out = bytearray(b"\0kps")
    for part in (wasm[:code[0]], wasm[rest:]):
        out += struct.pack("<I", len(part)) + part
    out += struct.pack("<4I", len(functions), sum(stop - body for body, stop in functions),
                       0 if segments is None else segments + 1, len(frequent))
    out += struct.pack(f"<{len(frequent)}I", *frequent)
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
