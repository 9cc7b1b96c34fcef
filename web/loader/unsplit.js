// Rebuilds the release wasm from the layout `scripts/pack-wasm.py` packs (web/loader/README.md).
//
// LZMA packs wasm code better when like is next to like: the packer takes the code and data
// sections apart into streams (opcodes, local indices, call targets, constants, memory offsets,
// segments, …), and this module interleaves them back, instruction by instruction, into the
// exact bytes of the original module. A layout starts with the magic `\0kps`; a plain wasm
// (`\0asm`) is returned as it is. Damaged input throws; no read or write goes out of bounds.

// The streams, in the order the layout stores them (the packer's STREAMS).
const STREAMS = ['op', 'decl', 'localget', 'localset', 'localtee', 'global', 'call', 'indirect',
  'br', 'block', 'align', 'load', 'store', 'i32', 'i32mid', 'i32big', 'i64', 'float', 'misc',
  'segments', 'data'];

// Opcodes of the op stream only (the packer's): `i32.const 0` and `1`, `i32.const` with its
// value in i32mid or i32big, a memory access with its alignment in the align stream (its
// opcode follows), and a call of the frequent callee number (opcode - FREQUENT_CALL).
const [I32_ZERO, I32_ONE, I32_MID, I32_BIG, UNALIGNED, FREQUENT_CALL] = [0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe8];

// What follows each opcode: a LEB128 number in the stream of that index, or one of these.
const [NONE, END, BLOCK, BR_TABLE, INDIRECT, SELECT, MEMARG, MISC_BYTE, F32, F64, PREFIX_FC,
  CONST_ZERO, CONST_ONE, CONST_MID, CONST_BIG, MEMARG_UNALIGNED, CALL_FREQUENT, UNKNOWN] =
  Array.from({ length: 18 }, (_, i) => STREAMS.length + i);
const IMMEDIATES = new Uint8Array(256).fill(UNKNOWN);
{
  const set = (opcodes, immediate) => opcodes.forEach((opcode) => (IMMEDIATES[opcode] = immediate));
  const range = (first, last) => Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const stream = (name) => STREAMS.indexOf(name);
  set([0x00, 0x01, 0x05, 0x0f, 0x1a, 0x1b, 0xd1, ...range(0x45, 0xc4)], NONE);
  set([0x0b], END);
  set([0x02, 0x03, 0x04], BLOCK);
  set([0x0c, 0x0d], stream('br'));
  set([0x0e], BR_TABLE);
  set([0x10, 0xd2], stream('call'));
  set([0x11], INDIRECT);
  set([0x1c], SELECT);
  set([0x20], stream('localget'));
  set([0x21], stream('localset'));
  set([0x22], stream('localtee'));
  set([0x23, 0x24], stream('global'));
  set([0x25, 0x26], stream('misc'));
  set(range(0x28, 0x3e), MEMARG);
  set([0x3f, 0x40, 0xd0], MISC_BYTE);
  set([0x41], stream('i32'));
  set([0x42], stream('i64'));
  set([0x43], F32);
  set([0x44], F64);
  set([0xfc], PREFIX_FC);
  set([I32_ZERO], CONST_ZERO);
  set([I32_ONE], CONST_ONE);
  set([I32_MID], CONST_MID);
  set([I32_BIG], CONST_BIG);
  set([UNALIGNED], MEMARG_UNALIGNED);
  set(range(FREQUENT_CALL, 0xfb), CALL_FREQUENT);
}
// The natural alignment of each memory access, 0x28 to 0x3e (what the packer leaves out).
const NATURAL_ALIGN = [2, 3, 2, 3, 0, 0, 1, 1, 0, 0, 1, 1, 2, 2, 2, 3, 2, 3, 0, 1, 0, 1, 2];

export function unsplitWasm(input) {
  const corrupt = () => {
    throw new Error('the packed wasm is corrupt');
  };
  const magic = (a, b, c, d) => input.length >= 4 && input[0] === a && input[1] === b && input[2] === c && input[3] === d;
  if (magic(0, 0x61, 0x73, 0x6d)) return input;
  if (!magic(0, 0x6b, 0x70, 0x73)) corrupt();

  let pos = 4;
  const u32 = () => {
    if (pos + 4 > input.length) corrupt();
    const value = input[pos] + input[pos + 1] * 0x100 + input[pos + 2] * 0x10000 + input[pos + 3] * 0x1000000;
    pos += 4;
    return value;
  };
  const slice = () => {
    const length = u32();
    if (pos + length > input.length) corrupt();
    return input.subarray(pos, (pos += length));
  };
  const before = slice();
  const after = slice();
  const functions = u32();
  const codeSize = u32();
  const segments = u32();
  const calleeCount = u32();
  if (calleeCount > 0xfc - FREQUENT_CALL) corrupt();
  const callees = Array.from({ length: calleeCount }, u32);
  // Each stream is a run of `input`: where it is read next and where it ends.
  const next = new Int32Array(STREAMS.length);
  const limit = new Int32Array(STREAMS.length);
  for (let id = 0; id < STREAMS.length; id++) {
    const length = u32();
    if (pos + length > input.length) corrupt();
    next[id] = pos;
    limit[id] = pos += length;
  }
  if (pos !== input.length || codeSize > input.length * 8) corrupt();

  // LEB128 numbers written byte by byte through `put` (their length: count the calls).
  const putLeb = (put, value) => {
    for (; value >= 0x80; value = Math.floor(value / 128)) put((value % 128) | 0x80);
    put(value);
  };
  const putSleb = (put, value) => {
    for (; value < -0x40 || value >= 0x40; value = Math.floor(value / 128)) put((value & 0x7f) | 0x80);
    put(value & 0x7f);
  };
  const lengthOf = (writer, value) => {
    let length = 0;
    writer(() => length++, value);
    return length;
  };

  // The function bodies, back to back, and where each ends.
  const code = new Uint8Array(codeSize);
  const ends = [];
  let out = 0;
  const write = (value) => {
    if (out >= code.length) corrupt();
    code[out++] = value;
  };
  // The next byte of a stream, read, or read and copied.
  const read = (id) => {
    if (next[id] >= limit[id]) corrupt();
    return input[next[id]++];
  };
  const byte = (id) => {
    const value = read(id);
    write(value);
    return value;
  };
  const copy = (id, count) => {
    for (let i = 0; i < count; i++) byte(id);
  };
  // A LEB128 number read (`next` is read or byte), or copied as it is written; its value
  // when it fits in 35 bits.
  const leb = (id, next = byte) => {
    let value = 0;
    for (let scale = 1; ; scale *= 128) {
      const b = next(id);
      if (scale < 2 ** 35) value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      if (scale >= 2 ** 63) corrupt();
    }
  };
  // A big-endian two's-complement number of `count` bytes of a stream.
  const bigEndian = (id, count) => {
    let value = input[next[id]] >= 0x80 ? -1 : 0;
    for (let i = 0; i < count; i++) value = value * 256 + read(id);
    return value;
  };
  const [op, decl, , , , , , indirect, br, block, align, load, store, , i32mid, i32big, , float, misc, segment, data] =
    STREAMS.keys();
  for (let f = 0; f < functions; f++) {
    for (let groups = leb(decl); groups > 0; groups--) {
      leb(decl);
      byte(decl);
    }
    for (let depth = 0; depth >= 0;) {
      const opcode = byte(op);
      const immediate = IMMEDIATES[opcode];
      if (immediate < STREAMS.length) leb(immediate);
      else if (immediate === NONE) continue;
      else if (immediate === END) depth--;
      else if (immediate === BLOCK) {
        depth++;
        const type = input[next[block]];
        if (type === 0x40 || (type >= 0x6f && type <= 0x7f)) byte(block);
        else leb(block);
      } else if (immediate === BR_TABLE) {
        for (let targets = leb(br); targets >= 0; targets--) leb(br);
      } else if (immediate === INDIRECT) {
        leb(indirect);
        leb(indirect);
      } else if (immediate === SELECT) copy(misc, leb(misc));
      else if (immediate === MEMARG) {
        write(NATURAL_ALIGN[opcode - 0x28]);
        leb(opcode < 0x36 ? load : store);
      } else if (immediate === MISC_BYTE) byte(misc);
      else if (immediate === F32) copy(float, 4);
      else if (immediate === F64) copy(float, 8);
      else if (immediate === PREFIX_FC) {
        const sub = leb(op);
        if (sub === 8) {
          leb(misc);
          byte(misc);
        } else if (sub === 9 || sub === 13 || (sub >= 15 && sub <= 17)) leb(misc);
        else if (sub === 10) copy(misc, 2);
        else if (sub === 11) byte(misc);
        else if (sub === 12 || sub === 14) {
          leb(misc);
          leb(misc);
        } else if (sub > 7) corrupt();
      } else if (immediate === MEMARG_UNALIGNED) {
        out--;
        const access = byte(op);
        if (access < 0x28 || access > 0x3e) corrupt();
        leb(align);
        leb(access < 0x36 ? load : store);
      } else {
        // The opcode's own byte becomes that of `i32.const` or `call`, then its immediate.
        out--;
        if (immediate === CALL_FREQUENT) {
          if (opcode - FREQUENT_CALL >= callees.length) corrupt();
          write(0x10);
          putLeb(write, callees[opcode - FREQUENT_CALL]);
        } else {
          write(0x41);
          if (immediate === CONST_ZERO || immediate === CONST_ONE) write(immediate === CONST_ONE ? 1 : 0);
          else if (immediate === CONST_MID) putSleb(write, bigEndian(i32mid, 2));
          else if (immediate === CONST_BIG) putSleb(write, bigEndian(i32big, 4));
          else corrupt();
        }
      }
    }
    ends.push(out);
  }
  if (out !== code.length) corrupt();

  // The data section, when the packer split it: each segment's offset (from the end of the one
  // before) and size in the segments stream, their bytes back to back in the data stream.
  const headers = [];
  let dataSize = 0;
  for (let s = 1, end = 0; s < segments; s++) {
    const start = next[segment];
    let offset = end + leb(segment, read);
    if (input[next[segment] - 1] & 0x40) offset -= 2 ** (7 * (next[segment] - start));
    const size = leb(segment, read);
    if (offset < -(2 ** 31) || offset >= 2 ** 31 || size > limit[data] - next[data] - dataSize) corrupt();
    headers.push([offset, size]);
    dataSize += size;
    end = offset + size;
  }
  if (next.some((at, id) => at !== limit[id] && id !== data) || next[data] + dataSize !== limit[data]) corrupt();
  // The section's body: the segment count, then each segment (flags 0, `i32.const` offset,
  // size, bytes); `bytes(size)` puts a segment's bytes.
  const dataBody = (put, bytes) => {
    putLeb(put, headers.length);
    for (const [offset, size] of headers) {
      put(0);
      put(0x41);
      putSleb(put, offset);
      put(0x0b);
      putLeb(put, size);
      bytes(size);
    }
  };
  let dataSection = 0;
  dataBody(() => dataSection++, (size) => (dataSection += size));

  // The module: what came before the code section, the section (id 10, its size, the
  // function count, each body after its size), the data section and what came after.
  let sectionSize = lengthOf(putLeb, functions);
  let start = 0;
  for (const end of ends) {
    sectionSize += lengthOf(putLeb, end - start) + end - start;
    start = end;
  }
  const wasm = new Uint8Array(before.length + 1 + lengthOf(putLeb, sectionSize) + sectionSize
    + (segments > 0 ? 1 + lengthOf(putLeb, dataSection) + dataSection : 0) + after.length);
  let at = 0;
  const put = (value) => (wasm[at++] = value);
  const append = (bytes) => {
    wasm.set(bytes, at);
    at += bytes.length;
  };
  append(before);
  put(10);
  putLeb(put, sectionSize);
  putLeb(put, functions);
  start = 0;
  for (const end of ends) {
    putLeb(put, end - start);
    append(code.subarray(start, end));
    start = end;
  }
  if (segments > 0) {
    put(11);
    putLeb(put, dataSection);
    dataBody(put, (size) => append(input.subarray(next[data], (next[data] += size))));
  }
  append(after);
  return wasm;
}
