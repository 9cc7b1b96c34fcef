// An LZMA decoder for the packed wasm of the release build (see web/loader/README.md).
//
// The release wasm is shipped as an `.lzma` file: LZMA packs the wasm's code and data about
// a fifth smaller than the gzip a static server sends. `scripts/pack-wasm.py` writes it and
// inlines this module into index.html, where it unpacks the wasm before wasm-bindgen's
// `init` instantiates it. The decoder follows the reference decoder (LzmaSpec.cpp of the
// LZMA SDK), like kubeplay-core's `packed::lzma`; it throws on malformed input and never
// reads or writes out of bounds.

export function unlzma(input) {
  const corrupt = () => {
    throw new Error("the packed wasm is corrupt");
  };
  if (!(input instanceof Uint8Array) || input.length < 13) corrupt();
  const properties = input[0];
  if (properties >= 9 * 5 * 5) corrupt();
  const lc = properties % 9;
  const lp = Math.floor(properties / 9) % 5;
  const pb = Math.floor(properties / 45);
  // The uncompressed size: little-endian u64, all ones when unknown (an end marker follows).
  // A declared size of 1 GiB or more is taken as damage, not allocated.
  let knownSize = -1;
  if (!input.subarray(5, 13).every((b) => b === 0xff)) {
    if (input[8] >= 0x40 || input[9] | input[10] | input[11] | input[12]) corrupt();
    knownSize = input[5] + input[6] * 0x100 + input[7] * 0x10000 + input[8] * 0x1000000;
  }
  let out = new Uint8Array(knownSize >= 0 ? knownSize : input.length * 4);
  let outPos = 0;

  const rc = new RangeDecoder(input, corrupt);
  const bit = (probs, index) => rc.bit(probs, index);
  const directBits = (count) => rc.directBits(count);
  // Bit trees: `offset` is where the tree starts in `probs`, most significant bit first.
  const tree = (probs, offset, bits) => {
    let m = 1;
    for (let i = 0; i < bits; i++) m = m * 2 + bit(probs, offset + m);
    return m - (1 << bits);
  };
  const reverseTree = (probs, offset, bits) => {
    let m = 1;
    let symbol = 0;
    for (let i = 0; i < bits; i++) {
      const b = bit(probs, offset + m);
      m = m * 2 + b;
      symbol |= b << i;
    }
    return symbol;
  };
  const probabilities = (count) => new Uint16Array(count).fill(1024);
  // A length decoder: choice, choice2, then low and mid trees per position state and high.
  const lengthDecoder = () => probabilities(2 + 16 * 8 * 2 + 256);
  const decodeLength = (probs, posState) => {
    if (bit(probs, 0) === 0) return tree(probs, 2 + posState * 8, 3);
    if (bit(probs, 1) === 0) return 8 + tree(probs, 2 + 128 + posState * 8, 3);
    return 16 + tree(probs, 2 + 256, 8);
  };

  const literalProbs = probabilities(0x300 << (lc + lp));
  const posSlot = probabilities(4 * 64);
  const posDecoders = probabilities(1 + 128 - 14);
  const align = probabilities(16);
  const isMatch = probabilities(12 * 16);
  const isRep = probabilities(12);
  const isRepG0 = probabilities(12);
  const isRepG1 = probabilities(12);
  const isRepG2 = probabilities(12);
  const isRep0Long = probabilities(12 * 16);
  const lengths = lengthDecoder();
  const repLengths = lengthDecoder();
  let rep0 = 0;
  let rep1 = 0;
  let rep2 = 0;
  let rep3 = 0;
  let state = 0;
  const pbMask = (1 << pb) - 1;
  const lpMask = (1 << lp) - 1;
  for (;;) {
    if (outPos === knownSize) return out;
    const posState = outPos & pbMask;
    if (bit(isMatch, state * 16 + posState) === 0) {
      // A literal, coded with the previous byte (and the match byte after a match).
      const previous = outPos > 0 ? out[outPos - 1] : 0;
      const base = 0x300 * (((outPos & lpMask) << lc) + (previous >> (8 - lc)));
      let symbol = 1;
      if (state >= 7) {
        if (rep0 >= outPos) corrupt();
        let matchByte = out[outPos - rep0 - 1];
        while (symbol < 0x100) {
          const matchBit = (matchByte >> 7) & 1;
          matchByte <<= 1;
          const b = bit(literalProbs, base + ((1 + matchBit) << 8) + symbol);
          symbol = (symbol << 1) | b;
          if (matchBit !== b) break;
        }
      }
      while (symbol < 0x100) symbol = (symbol << 1) | bit(literalProbs, base + symbol);
      if (outPos === out.length) out = grow(out, outPos + 1, knownSize);
      out[outPos++] = symbol - 0x100;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let length;
    if (bit(isRep, state) !== 0) {
      if (outPos === 0) corrupt();
      if (bit(isRepG0, state) === 0) {
        if (bit(isRep0Long, state * 16 + posState) === 0) {
          // A single byte from rep0.
          state = state < 7 ? 9 : 11;
          if (rep0 >= outPos) corrupt();
          if (outPos === out.length) out = grow(out, outPos + 1, knownSize);
          out[outPos] = out[outPos - rep0 - 1];
          outPos++;
          continue;
        }
      } else {
        let distance;
        if (bit(isRepG1, state) === 0) {
          distance = rep1;
        } else {
          if (bit(isRepG2, state) === 0) {
            distance = rep2;
          } else {
            distance = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = distance;
      }
      length = decodeLength(repLengths, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      length = decodeLength(lengths, posState);
      state = state < 7 ? 7 : 10;
      // The distance: a 6-bit slot, then middle bits and (for far ones) aligned bits.
      const slot = tree(posSlot, Math.min(length, 3) * 64, 6);
      let distance;
      if (slot < 4) {
        distance = slot;
      } else {
        const direct = (slot >> 1) - 1;
        distance = (2 | (slot & 1)) * 2 ** direct;
        if (slot < 14) {
          distance += reverseTree(posDecoders, distance - slot, direct);
        } else {
          distance += directBits(direct - 4) * 16;
          distance += reverseTree(align, 0, 4);
        }
      }
      if (distance === 0xffffffff) {
        // The end marker.
        if (knownSize >= 0 && outPos !== knownSize) corrupt();
        return out.subarray(0, outPos);
      }
      rep0 = distance;
    }
    length += 2;
    if (rep0 >= outPos) corrupt();
    if (outPos + length > out.length) out = grow(out, outPos + length, knownSize);
    for (let i = 0; i < length; i++, outPos++) out[outPos] = out[outPos - rep0 - 1];
  }
}

// The range decoder, a class so that its state lives in fields the JIT keeps in registers.
class RangeDecoder {
  constructor(input, corrupt) {
    this.input = input;
    this.corrupt = corrupt;
    this.pos = 13;
    this.range = 0xffffffff;
    this.code = 0;
    if (this.nextByte() !== 0) corrupt();
    for (let i = 0; i < 4; i++) this.code = this.code * 256 + this.nextByte();
    if (this.code === this.range) corrupt();
  }

  nextByte() {
    return this.pos < this.input.length ? this.input[this.pos++] : this.corrupt();
  }

  bit(probs, index) {
    const prob = probs[index];
    const bound = (this.range >>> 11) * prob;
    let result;
    if (this.code < bound) {
      probs[index] = prob + ((2048 - prob) >> 5);
      this.range = bound;
      result = 0;
    } else {
      probs[index] = prob - (prob >> 5);
      this.code -= bound;
      this.range -= bound;
      result = 1;
    }
    if (this.range < 0x1000000) {
      this.range *= 256;
      this.code = this.code * 256 + this.nextByte();
    }
    return result;
  }

  directBits(count) {
    let result = 0;
    for (let i = 0; i < count; i++) {
      this.range = Math.floor(this.range / 2);
      let b = 0;
      if (this.code >= this.range) {
        this.code -= this.range;
        b = 1;
      }
      if (this.code === this.range) this.corrupt();
      result = result * 2 + b;
      if (this.range < 0x1000000) {
        this.range *= 256;
        this.code = this.code * 256 + this.nextByte();
      }
    }
    return result;
  }
}

// A larger output buffer holding `needed` bytes; with a known size, running out means corruption.
function grow(out, needed, knownSize) {
  if (knownSize >= 0) throw new Error("the packed wasm is corrupt");
  const grown = new Uint8Array(Math.max(out.length * 2, needed));
  grown.set(out);
  return grown;
}
