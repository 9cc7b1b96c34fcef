// Tests of the release page's wasm layout (scripts/pack-wasm.py splits, unsplit.js rebuilds),
// run by scripts/test.sh with node: a hand-assembled module that uses every kind of
// immediate the layout knows round-trips byte for byte and stays valid, modules the layout
// cannot take are packed whole, and damaged layouts end in an Error.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unlzma } from './unlzma.js';
import { unsplitWasm } from './unsplit.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let failures = 0;
let passes = 0;
function check(name, condition, detail = '') {
  if (condition) passes++;
  else { failures++; console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`); }
}
const same = (a, b) => a.length === b.length && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

// Wasm encoding helpers.
const leb = (value) => {
  const out = [];
  for (; value >= 0x80; value = Math.floor(value / 128)) out.push((value % 128) | 0x80);
  out.push(value);
  return out;
};
const sleb = (value) => {
  const out = [];
  let big = BigInt(value);
  for (;;) {
    const b = Number(big & 0x7fn);
    big >>= 7n;
    if ((big === 0n && !(b & 0x40)) || (big === -1n && b & 0x40)) return [...out, b];
    out.push(b | 0x80);
  }
};
const vec = (items) => [...leb(items.length), ...items.flat()];
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];
const body = (locals, code) => { const b = [...vec(locals), ...code]; return [...leb(b.length), ...b]; };
// A module of the two types [] -> [] and [i32] -> [i32], functions of the types `functions`,
// a table, a memory, a global, and the data section `data` (its segments, or null for none).
const hi = [[0x00, 0x41, 0, 0x0b, ...vec([[0x68], [0x69]])]]; // "hi" at 0
const moduleOf = (functions, code, data = hi) => Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, vec([[0x60, 0, 0], [0x60, 1, 0x7f, 1, 0x7f]])), // types: [] -> [], [i32] -> [i32]
  ...section(3, vec(functions.map((type) => [type]))), // functions
  ...section(4, vec([[0x70, 0x00, 1]])), // a funcref table
  ...section(5, vec([[0x00, 1]])), // a memory
  ...section(6, vec([[0x7f, 0x01, 0x41, 0, 0x0b]])), // a mutable i32 global
  ...section(9, vec([[0x00, 0x41, 0, 0x0b, ...vec([[1]])]])), // elements: table[0] = function 1
  ...(data ? section(12, leb(data.length)) : []), // data count
  ...section(10, vec(code)),
  ...(data ? section(11, vec(data)) : []),
]);
const module = (code, data = hi) => moduleOf([0, 1], code, data);

const zero = [0x41, 0];
const everything = [
  0x02, 0x40, // block
  0x41, ...sleb(-5), 0x21, 0, 0x20, 0, 0x22, 1, 0x1a, // i32.const -5, local.set/get/tee, drop
  0x03, 0x7f, 0x41, ...sleb(300000), 0x0b, 0x1a, // loop (result i32)
  ...zero, 0x04, 0x00, 0x01, 0x05, 0x01, 0x0b, // if (type 0) nop else nop end
  ...zero, 0x0d, 0, // br_if 0
  0x41, 7, 0x10, 1, 0x1a, // call 1
  0x41, 7, ...zero, 0x11, 1, 0, 0x1a, // call_indirect (type 1) (table 0)
  ...zero, ...zero, ...zero, 0x1b, 0x1a, // select
  ...zero, ...zero, ...zero, 0x1c, 1, 0x7f, 0x1a, // select (result i32)
  0x23, 0, 0x24, 0, // global.get/set
  ...zero, 0x25, 0, 0x1a, // table.get
  ...zero, 0xd2, 1, 0x26, 0, // ref.func 1, table.set
  0xd0, 0x70, 0xd1, 0x1a, // ref.null func, ref.is_null
  ...zero, 0x28, 2, ...leb(300), 0x1a, // i32.load offset=300
  ...zero, 0x42, ...sleb(123456789012n), 0x37, 3, 8, // i64.store
  ...zero, 0x42, ...sleb(-1n), 0x3d, 1, 0, // i64.store16
  0x3f, 0, 0x40, 0, 0x1a, // memory.size, memory.grow
  0x43, 0, 0, 0xc0, 0x3f, 0xfc, 0, 0x1a, // f32.const 1.5, i32.trunc_sat_f32_s
  0x44, 0, 0, 0, 0, 0, 0, 4, 0x40, 0xfc, 7, 0x1a, // f64.const 2.5, i64.trunc_sat_f64_u
  ...zero, ...zero, ...zero, 0xfc, 8, 0, 0, // memory.init 0
  0xfc, 9, 0, // data.drop 0
  ...zero, ...zero, ...zero, 0xfc, 10, 0, 0, // memory.copy
  ...zero, ...zero, ...zero, 0xfc, 11, 0, // memory.fill
  ...zero, ...zero, ...zero, 0xfc, 12, 0, 0, // table.init 0 0
  0xfc, 13, 0, // elem.drop 0
  ...zero, ...zero, ...zero, 0xfc, 14, 0, 0, // table.copy
  0xd0, 0x70, ...zero, 0xfc, 15, 0, 0x1a, // table.grow
  0xfc, 16, 0, 0x1a, // table.size
  ...zero, 0xd0, 0x70, ...zero, 0xfc, 17, 0, // table.fill
  0x0b, // end of block
  0x02, 0x40, 0x02, 0x40, ...zero, 0x0e, ...vec([[0], [1]]), 1, 0x0b, 0x0b, // br_table
  0x41, 1, 0x1a, 0x41, ...sleb(1000), 0x1a, 0x41, ...sleb(-1000), 0x1a, // i32.const 1, two bytes
  0x41, ...sleb(-300000), 0x1a, 0x41, ...sleb(2 ** 31 - 1), 0x1a, 0x41, ...sleb(-(2 ** 31)), 0x1a,
  0x41, 0x80, 0x00, 0x1a, 0x41, 0xff, 0x7f, 0x1a, // i32.const 0 and -1 in two bytes
  ...zero, 0x28, 0, 4, 0x1a, // i32.load align=1 offset=4 (not the natural alignment)
  ...zero, 0x28, 0x82, 0x00, 0, 0x1a, // i32.load with its alignment in two bytes
  ...zero, 0x29, 3, 0x80, 0x00, 0x1a, // i64.load with its offset in two bytes
  ...zero, ...zero, 0x3a, 0, 7, // i32.store8
  0x41, 7, 0x10, 0x81, 0x00, 0x1a, // call 1 in two bytes
  0x0f, 0x0b, // return, end of function
];
const identity = [0x20, 0, 0x0b];
const wasm = module([body([[2, 0x7f], [1, 0x7e]], everything), body([], identity)]);
check('the test module is valid wasm', WebAssembly.validate(wasm));

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'unsplit-'));
function pack(bytes) {
  const input = path.join(scratch, 'in.wasm');
  const output = path.join(scratch, 'out.lzma');
  fs.writeFileSync(input, bytes);
  const run = spawnSync('python3', [path.join(root, 'scripts/pack-wasm.py'), '--pack', input, output]);
  if (run.status !== 0) throw new Error(`pack-wasm.py --pack failed: ${run.stderr}`);
  const stderr = run.stderr.toString();
  return { layout: unlzma(new Uint8Array(fs.readFileSync(output))), stderr };
}
const isLayout = (bytes) => same(bytes.subarray(0, 4), [0, 0x6b, 0x70, 0x73]);
// The layout's counts: functions, the bodies' size, data segments plus one, frequent callees.
const counts = (layout) => {
  const view = new DataView(layout.buffer, layout.byteOffset);
  const at = 8 + view.getUint32(4, true);
  const countsAt = at + 4 + view.getUint32(at, true);
  return [0, 1, 2, 3].map((i) => view.getUint32(countsAt + 4 * i, true));
};

const packed = pack(wasm);
check('a module of every immediate is split', isLayout(packed.layout), packed.stderr);
check('... and rebuilt byte for byte', same(unsplitWasm(packed.layout), wasm));
check('the verifier agrees', (() => {
  fs.writeFileSync(path.join(scratch, 'm.wasm'), wasm);
  execFileSync('python3', [path.join(root, 'scripts/pack-wasm.py'), '--pack', path.join(scratch, 'm.wasm'), path.join(scratch, 'm.lzma')]);
  execFileSync('node', [path.join(root, 'web/loader/verify.mjs'), path.join(scratch, 'm.lzma'), path.join(scratch, 'm.wasm')]);
  return true;
})());
// Many functions and long bodies: LEB128 sizes of two and three bytes.
const big = module([body([[1, 0x7f]], [...Array(30000).fill([0x41, ...sleb(70000), 0x1a]).flat(), 0x0b]),
  body([], identity)]);
const bigPacked = pack(big);
check('long bodies are split and rebuilt', isLayout(bigPacked.layout) && same(unsplitWasm(bigPacked.layout), big));

// Frequent callees get opcodes of their own: 30 functions, function j called j times.
const callers = [...Array(29)].flatMap((_, j) => Array(j + 1).fill([0x10, j + 1]).flat());
const manyCalls = moduleOf([0, ...Array(29).fill(0), 1], [body([], [...callers, 0x0b]),
  ...Array(29).fill(body([], [0x0b])), body([], identity)], null);
check('(the module of many calls is valid wasm)', WebAssembly.validate(manyCalls));
const manyPacked = pack(manyCalls);
check('a module of many callees is split and rebuilt',
  isLayout(manyPacked.layout) && same(unsplitWasm(manyPacked.layout), manyCalls), manyPacked.stderr);
check('... with its twenty most called functions as opcodes', counts(manyPacked.layout)[3] === 20);
// Data segments out of order, far apart, empty; segments the layout does not split.
const segments = [[16, [0x61, 0x62, 0x63]], [8, [0x78, 0x79]], [70000, Array(300).fill(7)], [8, []]];
const segmented = module([body([[2, 0x7f], [1, 0x7e]], everything), body([], identity)],
  segments.map(([offset, bytes]) => [0x00, 0x41, ...sleb(offset), 0x0b, ...vec(bytes.map((b) => [b]))]));
check('(the module of many segments is valid wasm)', WebAssembly.validate(segmented));
const segmentedPacked = pack(segmented);
check('data segments are split and rebuilt',
  isLayout(segmentedPacked.layout) && same(unsplitWasm(segmentedPacked.layout), segmented), segmentedPacked.stderr);
check('... four of them', counts(segmentedPacked.layout)[2] === 5);
const passive = module([body([[2, 0x7f], [1, 0x7e]], everything), body([], identity)],
  [[0x01, ...vec([[0x68]])], ...hi]);
check('(the module of a passive segment is valid wasm)', WebAssembly.validate(passive));
const passivePacked = pack(passive);
check('a passive segment leaves the data section whole, and the module round-trips',
  isLayout(passivePacked.layout) && same(unsplitWasm(passivePacked.layout), passive)
  && counts(passivePacked.layout)[2] === 0, passivePacked.stderr);
const paddedOffset = module([body([[2, 0x7f], [1, 0x7e]], everything), body([], identity)],
  [[0x00, 0x41, 0x80, 0x00, 0x0b, ...vec([[0x68]])]]);
const paddedOffsetPacked = pack(paddedOffset);
check('a segment offset in two bytes leaves the data section whole',
  isLayout(paddedOffsetPacked.layout) && same(unsplitWasm(paddedOffsetPacked.layout), paddedOffset)
  && counts(paddedOffsetPacked.layout)[2] === 0);
const noData = moduleOf([0, 1], [body([], [0x0b]), body([], identity)], null);
const noDataPacked = pack(noData);
check('a module without data is split and rebuilt',
  isLayout(noDataPacked.layout) && same(unsplitWasm(noDataPacked.layout), noData)
  && counts(noDataPacked.layout)[2] === 0);

// What the layout does not know goes whole, and still round-trips.
const simd = module([body([], [0xfd, 12, ...Array(16).fill(0), 0x1a, 0x0b]), body([], identity)]);
const simdPacked = pack(simd);
check('a module with SIMD is packed whole', !isLayout(simdPacked.layout) && same(simdPacked.layout, simd)
  && /packed whole \(opcode 0xfd\)/.test(simdPacked.stderr), simdPacked.stderr);
// A function size written in two bytes where one would do (valid wasm; unsplit.js would
// write it in one).
const paddedWasm = module([body([[2, 0x7f], [1, 0x7e]], everything), [0x84, 0x00, 0x00, ...identity]]);
check('(a padded size is still valid wasm)', WebAssembly.validate(paddedWasm));
const paddedPacked = pack(paddedWasm);
check('a module with a padded function size is packed whole', !isLayout(paddedPacked.layout)
  && same(paddedPacked.layout, paddedWasm) && /minimal LEB128/.test(paddedPacked.stderr), paddedPacked.stderr);
const text = new TextEncoder().encode('not wasm at all');
check('other files are packed as they are', same(pack(text).layout, text) && pack(text).stderr === '');
fs.rmSync(scratch, { recursive: true });

// Damaged layouts end in an Error.
function corrupt(name, input) {
  let result;
  try {
    result = unsplitWasm(input);
  } catch (error) {
    check(name, /corrupt/.test(error.message), String(error));
    return;
  }
  check(name, false, `rebuilt ${result.length} bytes`);
}
const layout = packed.layout;
corrupt('an unknown magic', Uint8Array.from([0, 0x6b, 0x70, 0x74, ...layout.subarray(4)]));
corrupt('too short for the magic', layout.subarray(0, 3));
for (const cut of [4, 7, 20, layout.length >> 1, layout.length - 1]) corrupt(`cut at ${cut}`, layout.subarray(0, cut));
corrupt('a byte too many', Uint8Array.from([...layout, 0]));
const withCount = (count) => {
  const damaged = layout.slice();
  const at = 4 + 4 + new DataView(layout.buffer).getUint32(4, true);
  const countAt = at + 4 + new DataView(layout.buffer).getUint32(at, true);
  new DataView(damaged.buffer).setUint32(countAt, count, true);
  return damaged;
};
corrupt('one function too many', withCount(3));
corrupt('one function too few', withCount(1));
corrupt('a huge function count', withCount(0xffffffff));
let seed = 99;
const random = () => { seed = (seed * 1103515245 + 12345) >>> 0; return seed >>> 16; };
for (let i = 0; i < 300; i++) {
  const damaged = layout.slice();
  const at = random() % damaged.length;
  damaged[at] ^= 1 + (random() % 255);
  let ok;
  try {
    ok = unsplitWasm(damaged) instanceof Uint8Array;
  } catch (error) {
    ok = /corrupt/.test(error.message);
  }
  check(`flip at ${at} throws the corrupt error or rebuilds some module`, ok);
}

console.log(`unsplit: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
