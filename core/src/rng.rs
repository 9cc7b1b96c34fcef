//! The engine's one source of randomness: a seeded SplitMix64 generator.
//!
//! A named, portable algorithm (identical on 32-bit wasm and 64-bit native), so the same seed
//! gives the same generated pod names, UIDs and IPs everywhere. Nothing else in `core` may be
//! random. Also home of the API server's name-suffix alphabet.

/// apimachinery `pkg/util/rand`: consonants and digits without vowels, `0`, `1` or `3`.
pub const NAME_SUFFIX_ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";

/// SplitMix64 (Steele, Lea, Flood 2014).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimRng {
    state: u64,
}

impl SimRng {
    pub fn new(seed: u64) -> SimRng {
        SimRng { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform integer in `0..bound` (`bound` > 0; 0 gives 0).
    pub fn below(&mut self, bound: u64) -> u64 {
        if bound == 0 {
            return 0;
        }
        // Lemire's multiply-shift; the tiny bias is irrelevant for a simulation.
        ((u128::from(self.next_u64()) * u128::from(bound)) >> 64) as u64
    }

    /// A uniform integer in `low..=high`.
    pub fn between(&mut self, low: i64, high: i64) -> i64 {
        if high <= low {
            return low;
        }
        let span = (high - low) as u64 + 1;
        low + self.below(span) as i64
    }

    /// `n` characters from [`NAME_SUFFIX_ALPHABET`], as `utilrand.String(n)`.
    pub fn name_suffix(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| {
                let index = self.below(NAME_SUFFIX_ALPHABET.len() as u64) as usize;
                NAME_SUFFIX_ALPHABET.get(index).copied().unwrap_or(b'x') as char
            })
            .collect()
    }

    /// A random version-4 UUID, lower-case, as the API server assigns to `metadata.uid`.
    pub fn uuid(&mut self) -> String {
        let high = self.next_u64();
        let low = self.next_u64();
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&high.to_be_bytes());
        bytes[8..].copy_from_slice(&low.to_be_bytes());
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        let hex: String = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
        format!(
            "{}-{}-{}-{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..32]
        )
    }

    /// `n` lower-case hex digits (container IDs, image digests).
    pub fn hex(&mut self, n: usize) -> String {
        let mut out = String::with_capacity(n + 16);
        while out.len() < n {
            out.push_str(&format!("{:016x}", self.next_u64()));
        }
        out.truncate(n);
        out
    }
}

/// `count` made-up but fixed bytes from `seed` (xorshift): the bodies of the certificates and
/// the signatures of tokens, which nothing checks but which must not change between runs.
pub fn made_up_bytes(seed: u64, count: usize) -> Vec<u8> {
    let mut state = seed;
    (0..count)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

/// FNV-1a over `parts`, each followed by a separator byte (so `["ab", "c"]` and
/// `["a", "bc"]` differ).
pub fn fnv1a_parts(parts: &[&str]) -> u64 {
    fnv1a(parts.iter().flat_map(|part| part.bytes().chain([0xff])))
}

/// A uuid-shaped id made from `parts` rather than drawn from the generator: the same parts
/// give the same id (the uids of objects controllers make, the ids of tokens).
pub fn derived_uuid(parts: &[&str]) -> String {
    SimRng::new(fnv1a_parts(parts)).uuid()
}

/// FNV-1a over `bytes`: a stable hash, the same on every platform and run (for made-up but
/// fixed identifiers and for cache keys; never for anything random).
pub fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes.into_iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence() {
        let mut first = SimRng::new(7);
        let mut second = SimRng::new(7);
        for _ in 0..100 {
            assert_eq!(first.next_u64(), second.next_u64());
        }
        assert_ne!(SimRng::new(7).next_u64(), SimRng::new(8).next_u64());
    }

    #[test]
    fn name_suffix_uses_only_the_alphabet() {
        let mut rng = SimRng::new(42);
        for _ in 0..1000 {
            let suffix = rng.name_suffix(5);
            assert_eq!(suffix.len(), 5);
            assert!(
                suffix.bytes().all(|b| NAME_SUFFIX_ALPHABET.contains(&b)),
                "{suffix}"
            );
        }
    }

    #[test]
    fn uuid_is_version_4() {
        let uuid = SimRng::new(1).uuid();
        assert_eq!(uuid.len(), 36);
        assert_eq!(uuid.as_bytes()[14], b'4');
    }

    #[test]
    fn below_stays_in_range() {
        let mut rng = SimRng::new(3);
        for bound in [1u64, 2, 27, 1000] {
            for _ in 0..200 {
                assert!(rng.below(bound) < bound);
            }
        }
        assert_eq!(rng.below(0), 0);
    }
}
