// Rebuilds the release wasm from the layout `scripts/pack-wasm.py` packs (web/loader/README.md).
//
// LZMA packs wasm code better when like is next to like: the packer takes the code section
// apart into streams (opcodes, local indices, call targets, constants, memory offsets, …),
// and this module interleaves them back, instruction by instruction, into the exact bytes
// of the original module. A layout starts with the magic `\0kps`; a plain wasm (`\0asm`) is
// returned as it is. Damaged input throws; no read or write goes out of bounds.

// The streams, in the order the layout stores them (the packer's STREAMS).
const STREAMS = ['op', 'decl', 'localget', 'localset', 'localtee', 'global', 'call', 'indirect',
  'br', 'block', 'align', 'offset', 'i32', 'i64', 'float', 'misc'];

// What follows each opcode: a LEB128 number in the stream of that index, or one of these.
const [NONE, END, BLOCK, BR_TABLE, INDIRECT, SELECT, MEMARG, MISC_BYTE, F32, F64, PREFIX_FC, UNKNOWN] =
  Array.from({ length: 12 }, (_, i) => STREAMS.length + i);
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
}

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
  // Each stream is a run of `input`: where it is read next and where it ends.
  const next = new Int32Array(STREAMS.length);
  const limit = new Int32Array(STREAMS.length);
  let codeLength = 0;
  for (let id = 0; id < STREAMS.length; id++) {
    const length = u32();
    if (pos + length > input.length) corrupt();
    next[id] = pos;
    limit[id] = pos += length;
    codeLength += length;
  }
  if (pos !== input.length) corrupt();

  // The function bodies, back to back, and where each ends.
  const code = new Uint8Array(codeLength);
  const ends = [];
  let out = 0;
  const byte = (id) => {
    if (next[id] >= limit[id]) corrupt();
    return (code[out++] = input[next[id]++]);
  };
  const copy = (id, count) => {
    for (let i = 0; i < count; i++) byte(id);
  };
  // A LEB128 number copied as it is written; its value when it fits in 32 bits.
  const leb = (id) => {
    let value = 0;
    for (let scale = 1; ; scale *= 128) {
      const b = byte(id);
      if (scale < 2 ** 32) value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      if (scale >= 2 ** 63) corrupt();
    }
  };
  const [op, decl, , , , , , indirect, br, block, align, offset, , , float, misc] = STREAMS.keys();
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
        leb(align);
        leb(offset);
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
      } else corrupt();
    }
    ends.push(out);
  }
  if (out !== code.length) corrupt();

  // The module: what came before the code section, the section (id 10, its size, the
  // function count, each body after its size), and what came after.
  const lebLength = (value) => (value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5);
  let sectionSize = lebLength(functions);
  let start = 0;
  for (const end of ends) {
    sectionSize += lebLength(end - start) + end - start;
    start = end;
  }
  const wasm = new Uint8Array(before.length + 1 + lebLength(sectionSize) + sectionSize + after.length);
  let at = 0;
  const writeLeb = (value) => {
    for (; value >= 0x80; value = Math.floor(value / 128)) wasm[at++] = (value % 128) | 0x80;
    wasm[at++] = value;
  };
  wasm.set(before, at);
  at += before.length;
  wasm[at++] = 10;
  writeLeb(sectionSize);
  writeLeb(functions);
  start = 0;
  for (const end of ends) {
    writeLeb(end - start);
    wasm.set(code.subarray(start, end), at);
    at += end - start;
    start = end;
  }
  wasm.set(after, at);
  return wasm;
}
