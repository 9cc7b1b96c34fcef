//! bash's associative arrays (`declare -A m`): keys and values in bash's own order, which
//! is its hash table's (`hashlib.c`): 1024 buckets picked by the key's FNV-1 hash (bytes as
//! signed `char`s), the newest key first in its bucket, four times the buckets once there
//! are twice as many keys as buckets (each key moved to the front of its new bucket in the
//! old order). `${!m[@]}`, `${m[@]}` and `declare -p` list them bucket by bucket.

/// One associative array.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assoc {
    buckets: u32,
    /// Keys, values and their place in their bucket (a higher rank is nearer the front).
    entries: Vec<(String, String, u64)>,
    next_rank: u64,
}

impl Default for Assoc {
    fn default() -> Assoc {
        Assoc {
            buckets: 1024,
            entries: Vec::new(),
            next_rank: 0,
        }
    }
}

/// bash's `hash_string`: FNV-1, 32 bits, each byte a signed `char`.
fn hash(key: &str) -> u32 {
    let mut value: u32 = 2_166_136_261;
    for &byte in key.as_bytes() {
        value = value.wrapping_mul(16_777_619);
        // `char` is signed: a byte from 0x80 up is sign-extended.
        value ^= u32::from(byte) | if byte >= 0x80 { 0xffff_ff00 } else { 0 };
    }
    value
}

impl Assoc {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, value, _)| value.as_str())
    }

    /// Sets `key` (a new key goes to the front of its bucket).
    pub fn insert(&mut self, key: &str, value: String) {
        if let Some(entry) = self.entries.iter_mut().find(|(k, _, _)| k == key) {
            entry.1 = value;
            return;
        }
        if self.entries.len() >= self.buckets as usize * 2 {
            // `hash_grow`: the keys move, in the old order, each to the front of its bucket.
            let order = self.order();
            self.buckets = self.buckets.saturating_mul(4);
            for position in order {
                if let Some(entry) = self.entries.get_mut(position) {
                    entry.2 = self.next_rank;
                    self.next_rank += 1;
                }
            }
        }
        self.entries.push((key.to_string(), value, self.next_rank));
        self.next_rank += 1;
    }

    /// An empty array with as many buckets (bash's `m=(…)` starts one so).
    pub fn emptied(&self) -> Assoc {
        Assoc {
            buckets: self.buckets,
            ..Assoc::default()
        }
    }

    pub fn remove(&mut self, key: &str) {
        self.entries.retain(|(k, _, _)| k != key);
    }

    /// The positions of the entries in bash's order.
    fn order(&self) -> Vec<usize> {
        let mask = self.buckets.wrapping_sub(1);
        let mut order: Vec<usize> = (0..self.entries.len()).collect();
        crate::sort::sort_by_key(&mut order, |&position| {
            self.entries
                .get(position)
                .map(|(key, _, rank)| (hash(key) & mask, std::cmp::Reverse(*rank)))
        });
        order
    }

    /// Keys and values in bash's order.
    pub fn pairs(&self) -> Vec<(&str, &str)> {
        self.order()
            .into_iter()
            .filter_map(|position| self.entries.get(position))
            .map(|(key, value, _)| (key.as_str(), value.as_str()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_bashs_order() {
        // Checked with bash 5.2: `declare -A m=([b]=2 [a]=1 ["x y"]=3); echo "${!m[@]}"`.
        let mut map = Assoc::default();
        for key in ["b", "a", "x y"] {
            map.insert(key, String::new());
        }
        let keys: Vec<&str> = map.pairs().into_iter().map(|(key, _)| key).collect();
        assert_eq!(keys, ["b", "a", "x y"]);
        // 2,100 keys grow the table once: the order stays bash's.
        let mut map = Assoc::default();
        for index in 0..2100 {
            map.insert(&format!("k{index}"), String::new());
        }
        let keys: Vec<&str> = map
            .pairs()
            .into_iter()
            .map(|(key, _)| key)
            .take(6)
            .collect();
        assert_eq!(keys, KEYS_2100);
        // A byte from 0x80 up counts as a negative `char`.
        let mut map = Assoc::default();
        for key in ["é", "b", "zz", "a"] {
            map.insert(key, String::new());
        }
        let keys: Vec<&str> = map.pairs().into_iter().map(|(key, _)| key).collect();
        assert_eq!(keys, ["b", "a", "zz", "é"]);
    }

    /// `declare -A m; for i in {0..2099}; do m[k$i]=; done; echo "${!m[@]}" | cut -d' ' -f1-6`.
    const KEYS_2100: [&str; 6] = ["k1698", "k1699", "k1696", "k1697", "k1694", "k1695"];
}
