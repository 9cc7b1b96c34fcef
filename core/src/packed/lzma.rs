//! A small LZMA decoder for the data embedded in the binary (wasm size).
//!
//! The schema and the tutorials are a third of the wasm; LZMA (what `xz --format=lzma`
//! writes) packs their text about a fifth smaller than the gzip a server sends, and this
//! decoder costs a few KB. It follows the reference decoder (`LzmaSpec.cpp` of the LZMA SDK),
//! decodes the whole stream into memory at once (the output is the dictionary) and returns
//! `None` on any malformed input instead of panicking. `scripts/gen-packed.sh` writes the
//! packed files (see the parent module).

const PROB_INIT: u16 = 1024;
const NUM_STATES: usize = 12;
const POS_STATES_MAX: usize = 16;
const END_POS_MODEL_INDEX: usize = 14;
const NUM_FULL_DISTANCES: usize = 128;
const NUM_ALIGN_BITS: usize = 4;
const MATCH_MIN_LEN: usize = 2;

struct RangeDecoder<'a> {
    data: &'a [u8],
    pos: usize,
    range: u32,
    code: u32,
}

impl<'a> RangeDecoder<'a> {
    fn new(data: &'a [u8]) -> Option<RangeDecoder<'a>> {
        let mut decoder = RangeDecoder {
            data,
            pos: 0,
            range: 0xFFFF_FFFF,
            code: 0,
        };
        if decoder.byte()? != 0 {
            return None;
        }
        for _ in 0..4 {
            decoder.code = (decoder.code << 8) | u32::from(decoder.byte()?);
        }
        (decoder.code != decoder.range).then_some(decoder)
    }

    fn byte(&mut self) -> Option<u8> {
        let byte = self.data.get(self.pos).copied()?;
        self.pos += 1;
        Some(byte)
    }

    fn normalize(&mut self) -> Option<()> {
        if self.range < 1 << 24 {
            self.range <<= 8;
            self.code = (self.code << 8) | u32::from(self.byte()?);
        }
        Some(())
    }

    fn direct_bits(&mut self, count: u32) -> Option<u32> {
        let mut result = 0u32;
        for _ in 0..count {
            self.range >>= 1;
            self.code = self.code.wrapping_sub(self.range);
            let mask = 0u32.wrapping_sub(self.code >> 31);
            self.code = self.code.wrapping_add(self.range & mask);
            if self.code == self.range {
                return None;
            }
            result = (result << 1).wrapping_add(mask.wrapping_add(1));
            self.normalize()?;
        }
        Some(result)
    }

    fn bit(&mut self, prob: &mut u16) -> Option<u32> {
        let bound = (self.range >> 11) * u32::from(*prob);
        let bit = if self.code < bound {
            *prob += (2048 - *prob) >> 5;
            self.range = bound;
            0
        } else {
            *prob -= *prob >> 5;
            self.code -= bound;
            self.range -= bound;
            1
        };
        self.normalize()?;
        Some(bit)
    }

    /// A bit tree of `probs.len()` = 2^bits entries, most significant bit first.
    fn tree(&mut self, probs: &mut [u16], bits: u32) -> Option<u32> {
        let mut m = 1usize;
        for _ in 0..bits {
            m = (m << 1) + self.bit(probs.get_mut(m)?)? as usize;
        }
        Some((m - (1 << bits)) as u32)
    }

    /// A bit tree read least significant bit first.
    fn reverse_tree(&mut self, probs: &mut [u16], bits: u32) -> Option<u32> {
        let mut m = 1usize;
        let mut symbol = 0u32;
        for i in 0..bits {
            let bit = self.bit(probs.get_mut(m)?)?;
            m = (m << 1) + bit as usize;
            symbol |= bit << i;
        }
        Some(symbol)
    }
}

struct LenDecoder {
    choice: u16,
    choice2: u16,
    low: [[u16; 8]; POS_STATES_MAX],
    mid: [[u16; 8]; POS_STATES_MAX],
    high: [u16; 256],
}

impl LenDecoder {
    fn new() -> LenDecoder {
        LenDecoder {
            choice: PROB_INIT,
            choice2: PROB_INIT,
            low: [[PROB_INIT; 8]; POS_STATES_MAX],
            mid: [[PROB_INIT; 8]; POS_STATES_MAX],
            high: [PROB_INIT; 256],
        }
    }

    fn decode(&mut self, rc: &mut RangeDecoder<'_>, pos_state: usize) -> Option<usize> {
        if rc.bit(&mut self.choice)? == 0 {
            return Some(rc.tree(self.low.get_mut(pos_state)?, 3)? as usize);
        }
        if rc.bit(&mut self.choice2)? == 0 {
            return Some(8 + rc.tree(self.mid.get_mut(pos_state)?, 3)? as usize);
        }
        Some(16 + rc.tree(&mut self.high, 8)? as usize)
    }
}

/// Decodes an `.lzma` stream (the 13-byte header of properties, dictionary size and
/// uncompressed size, then the range-coded data).
pub fn decode(packed: &[u8]) -> Option<Vec<u8>> {
    let properties = *packed.first()?;
    if properties >= 9 * 5 * 5 {
        return None;
    }
    let lc = u32::from(properties % 9);
    let lp = u32::from(properties / 9 % 5);
    let pb = u32::from(properties / 45);
    let size_bytes: [u8; 8] = packed.get(5..13)?.try_into().ok()?;
    let declared = u64::from_le_bytes(size_bytes);
    let known_size = (declared != u64::MAX).then_some(declared as usize);
    let mut rc = RangeDecoder::new(packed.get(13..)?)?;

    let mut out: Vec<u8> = Vec::with_capacity(known_size.unwrap_or(packed.len() * 4));
    let mut literal_probs = vec![PROB_INIT; 0x300 << (lc + lp)];
    let mut pos_slot = [[PROB_INIT; 64]; 4];
    let mut pos_decoders = [PROB_INIT; 1 + NUM_FULL_DISTANCES - END_POS_MODEL_INDEX];
    let mut align = [PROB_INIT; 1 << NUM_ALIGN_BITS];
    let mut is_match = [PROB_INIT; NUM_STATES << 4];
    let mut is_rep = [PROB_INIT; NUM_STATES];
    let mut is_rep_g0 = [PROB_INIT; NUM_STATES];
    let mut is_rep_g1 = [PROB_INIT; NUM_STATES];
    let mut is_rep_g2 = [PROB_INIT; NUM_STATES];
    let mut is_rep0_long = [PROB_INIT; NUM_STATES << 4];
    let mut len_decoder = LenDecoder::new();
    let mut rep_len_decoder = LenDecoder::new();
    let mut reps = [0usize; 4];
    let mut state = 0usize;
    let pb_mask = (1usize << pb) - 1;
    let lp_mask = (1usize << lp) - 1;

    loop {
        if known_size == Some(out.len()) {
            return Some(out);
        }
        let pos_state = out.len() & pb_mask;
        if rc.bit(is_match.get_mut((state << 4) + pos_state)?)? == 0 {
            // A literal, coded with the previous byte (and the match byte after a match).
            let previous = out.last().copied().map_or(0, usize::from);
            let base = 0x300 * (((out.len() & lp_mask) << lc) + (previous >> (8 - lc)));
            let probs = literal_probs.get_mut(base..base + 0x300)?;
            let mut symbol = 1usize;
            if state >= 7 {
                let mut match_byte = usize::from(*out.get(out.len().checked_sub(reps[0] + 1)?)?);
                while symbol < 0x100 {
                    let match_bit = (match_byte >> 7) & 1;
                    match_byte <<= 1;
                    let bit = rc.bit(probs.get_mut(((1 + match_bit) << 8) + symbol)?)? as usize;
                    symbol = (symbol << 1) | bit;
                    if match_bit != bit {
                        break;
                    }
                }
            }
            while symbol < 0x100 {
                symbol = (symbol << 1) | rc.bit(probs.get_mut(symbol)?)? as usize;
            }
            out.push((symbol - 0x100) as u8);
            state = match state {
                0..=3 => 0,
                4..=9 => state - 3,
                _ => state - 6,
            };
            continue;
        }
        let len;
        if rc.bit(is_rep.get_mut(state)?)? != 0 {
            if out.is_empty() {
                return None;
            }
            if rc.bit(is_rep_g0.get_mut(state)?)? == 0 {
                if rc.bit(is_rep0_long.get_mut((state << 4) + pos_state)?)? == 0 {
                    // A single byte from rep0.
                    state = if state < 7 { 9 } else { 11 };
                    let byte = *out.get(out.len().checked_sub(reps[0] + 1)?)?;
                    out.push(byte);
                    continue;
                }
            } else {
                let distance;
                if rc.bit(is_rep_g1.get_mut(state)?)? == 0 {
                    distance = reps[1];
                } else {
                    if rc.bit(is_rep_g2.get_mut(state)?)? == 0 {
                        distance = reps[2];
                    } else {
                        distance = reps[3];
                        reps[3] = reps[2];
                    }
                    reps[2] = reps[1];
                }
                reps[1] = reps[0];
                reps[0] = distance;
            }
            len = rep_len_decoder.decode(&mut rc, pos_state)?;
            state = if state < 7 { 8 } else { 11 };
        } else {
            reps[3] = reps[2];
            reps[2] = reps[1];
            reps[1] = reps[0];
            len = len_decoder.decode(&mut rc, pos_state)?;
            state = if state < 7 { 7 } else { 10 };
            // The distance: a 6-bit slot, then middle bits and (for far ones) aligned bits.
            let slot = rc.tree(pos_slot.get_mut(len.min(3))?, 6)? as usize;
            let distance = if slot < 4 {
                slot
            } else {
                let direct = (slot >> 1) as u32 - 1;
                let mut distance = (2 | (slot & 1)) << direct;
                if slot < END_POS_MODEL_INDEX {
                    let start = distance - slot;
                    distance += rc.reverse_tree(pos_decoders.get_mut(start..)?, direct)? as usize;
                } else {
                    distance += (rc.direct_bits(direct - NUM_ALIGN_BITS as u32)? as usize)
                        << NUM_ALIGN_BITS;
                    distance += rc.reverse_tree(&mut align, NUM_ALIGN_BITS as u32)? as usize;
                }
                distance
            };
            if distance == 0xFFFF_FFFF {
                // The end marker.
                return (known_size.is_none() || known_size == Some(out.len())).then_some(out);
            }
            reps[0] = distance;
        }
        let len = len + MATCH_MIN_LEN;
        let start = out.len().checked_sub(reps[0] + 1)?;
        if let Some(size) = known_size {
            if out.len() + len > size {
                return None;
            }
        }
        for i in 0..len {
            let byte = *out.get(start + i)?;
            out.push(byte);
        }
    }
}
