// Tests of the release page's LZMA decoder (unlzma.js), run by scripts/test.sh with node:
// round trips through the repository's packed files and scripts/pack-wasm.py, and damaged
// input, which must end in an Error (never a hang, a crash or a wrong-length result).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unlzma } from './unlzma.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let failures = 0;
let passes = 0;
function check(name, condition, detail = '') {
  if (condition) passes++;
  else { failures++; console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`); }
}
const read = (relative) => new Uint8Array(fs.readFileSync(path.join(root, relative)));
const same = (a, b) => a.length === b.length && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
function outcome(input) {
  try {
    return { output: unlzma(input) };
  } catch (error) {
    return { error };
  }
}

// Streams of unknown size that end with an end marker: what `xz --format=lzma` writes
// (scripts/gen-packed.sh), here the schema and the tutorials embedded in kubeplay-core.
const schema = read('core/src/schema/v1.schema');
check('schema.lzma unpacks to the schema', same(unlzma(read('core/src/packed/schema.lzma')), schema));
const tutorialFiles = fs.readdirSync(path.join(root, 'tutorials')).filter((f) => f.endsWith('.yaml'))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const tutorials = Buffer.concat(tutorialFiles.flatMap((f) =>
  [Buffer.from(`${f}\0`), fs.readFileSync(path.join(root, 'tutorials', f)), Buffer.from('\0')]));
check('tutorials.lzma unpacks to the tutorials', same(unlzma(read('core/src/packed/tutorials.lzma')), tutorials));

// Streams of declared size, as the Trunk hook packs the wasm.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'unlzma-'));
function packed(bytes) {
  const input = path.join(scratch, 'in');
  const output = path.join(scratch, 'out.lzma');
  fs.writeFileSync(input, bytes);
  execFileSync('python3', [path.join(root, 'scripts/pack-wasm.py'), '--pack', input, output]);
  return new Uint8Array(fs.readFileSync(output));
}
const packedSchema = packed(schema);
check('the hook declares the size', Buffer.from(packedSchema.subarray(5, 13)).readBigUInt64LE() === BigInt(schema.length));
check('a packed file of declared size unpacks', same(unlzma(packedSchema), schema));
// Long matches, far distances and every byte value: a pseudo-random buffer repeated.
let seed = 12345;
const random = () => { seed = (seed * 1103515245 + 12345) >>> 0; return seed >>> 16; };
const noise = Uint8Array.from({ length: 70000 }, () => random() & 0xff);
const mixed = Buffer.concat([noise, Buffer.alloc(5000), noise.subarray(100, 40000), Buffer.from('kubectl '.repeat(3000)), noise]);
check('binary data with long and far matches unpacks', same(unlzma(packed(mixed)), mixed));
check('an empty file unpacks', unlzma(packed(new Uint8Array(0))).length === 0);
fs.rmSync(scratch, { recursive: true });

// Damaged input ends in an Error.
const corrupt = (name, input) => {
  const result = outcome(input);
  check(name, result.error instanceof Error && /corrupt/.test(result.error.message),
    result.error ? String(result.error) : `decoded ${result.output.length} bytes`);
};
corrupt('too short for the header', packedSchema.subarray(0, 12));
corrupt('not bytes', 'not bytes');
corrupt('properties out of range', Uint8Array.from([225, ...packedSchema.subarray(1)]));
const huge = packedSchema.slice();
huge[8] = 0x40;
corrupt('a declared size of 1 GiB or more', huge);
// (The last few bytes hold the end marker, which a stream of declared size does not need.)
for (const cut of [13, 14, 18, 100, packedSchema.length >> 1, packedSchema.length - 16]) {
  corrupt(`truncated at ${cut} bytes`, packedSchema.subarray(0, cut));
}
corrupt('an unknown-size stream cut short', read('core/src/packed/schema.lzma').subarray(0, 5000));
// Flipped bytes: LZMA has no checksum (the page's fetch checks the file's SRI hash), so a
// flip may also decode to other bytes; either way the result has the declared length.
for (let i = 0; i < 200; i++) {
  const damaged = packedSchema.slice();
  const at = 13 + (random() * 7 + i) % (damaged.length - 13);
  damaged[at] ^= 1 + (random() % 255);
  const result = outcome(damaged);
  check(`flip at ${at}`, result.error ? /corrupt/.test(result.error.message) : result.output.length === schema.length,
    String(result.error));
}

console.log(`unlzma: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
