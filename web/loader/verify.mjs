// Checks a packed wasm with the page's own decoders: `node verify.mjs PACKED ORIGINAL` exits 0
// when unlzma.js and unsplit.js give back ORIGINAL byte for byte. scripts/pack-wasm.py runs
// it on every release build, so a packer/decoder mismatch stops the build, not the page.
import fs from 'node:fs';
import { unlzma } from './unlzma.js';
import { unsplitWasm } from './unsplit.js';

const [packedPath, originalPath] = process.argv.slice(2);
const original = fs.readFileSync(originalPath);
const started = performance.now();
const unpacked = unsplitWasm(unlzma(new Uint8Array(fs.readFileSync(packedPath))));
const took = performance.now() - started;
if (Buffer.compare(Buffer.from(unpacked), original) !== 0) {
  console.log(`${packedPath} unpacks to ${unpacked.length} bytes that differ from ${originalPath} (${original.length} bytes)`);
  process.exit(1);
}
console.log(`${packedPath}: unpacked to ${original.length} bytes in ${took.toFixed(0)} ms`);
