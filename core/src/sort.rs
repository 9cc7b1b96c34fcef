//! One sort routine for the whole program, for wasm size.
//!
//! `slice::sort_by` (and `BTreeMap::from_iter`, which sorts its input) is compiled once per
//! element type *and* comparator: dozens of copies of driftsort, about 25 KB gzip of wasm.
//! Here the only instantiation of the standard sort orders `usize` indices through a
//! `dyn` comparator; the generic part is a thin wrapper and an in-place permutation.
//! The sort is stable, like `sort_by`, so results are the same.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Positions `0..len` ordered by `compare` (stable).
fn sorted_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|a, b| compare(*a, *b));
    order
}

/// Moves `items[order[k]]` to position `k` for every `k`, following each cycle of the
/// permutation with swaps (`order` is used up as the "done" marks).
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut position = start;
        while let Some(&source) = order.get(position) {
            if let Some(slot) = order.get_mut(position) {
                *slot = position;
            }
            if source == start || source == position || source >= items.len() {
                break;
            }
            items.swap(position, source);
            position = source;
        }
    }
}

/// Stable sort by a comparator, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    // Already in order (often: data read from a map) or too short: nothing to move.
    if items
        .windows(2)
        .all(|pair| compare(&pair[0], &pair[1]) != Ordering::Greater)
    {
        return;
    }
    let order = {
        let items = &*items;
        sorted_order(
            items.len(),
            &mut |a, b| match (items.get(a), items.get(b)) {
                (Some(x), Some(y)) => compare(x, y),
                _ => Ordering::Equal,
            },
        )
    };
    permute(items, order);
}

/// Stable sort by a key, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Stable sort in `Ord` order, like `slice::sort`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Collects pairs into a map by inserting them one by one (later keys win, as with
/// `collect`), instead of `BTreeMap::from_iter`, which sorts its input.
pub fn map_from<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (key, value) in pairs {
        map.insert(key, value);
    }
    map
}

/// Collects items into a set by inserting them one by one, instead of
/// `BTreeSet::from_iter`, which sorts its input.
pub fn set_from<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    for item in items {
        set.insert(item);
    }
    set
}

/// Single-value sets (`BTreeSet::from([item])` sorts its array).
pub fn set_of<T: Ord>(item: T) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.insert(item);
    set
}

/// `collect()` into maps and sets without the sort `FromIterator` does.
pub trait CollectSorted: Iterator + Sized {
    /// Like `collect::<BTreeMap<_, _>>()`.
    fn collect_map<K: Ord, V>(self) -> BTreeMap<K, V>
    where
        Self: Iterator<Item = (K, V)>,
    {
        map_from(self)
    }

    /// Like `collect::<BTreeSet<_>>()`.
    fn collect_set(self) -> BTreeSet<Self::Item>
    where
        Self::Item: Ord,
    {
        set_from(self)
    }

    /// Like `collect::<serde_json::Map<_, _>>()`.
    fn collect_object(self) -> serde_json::Map<String, serde_json::Value>
    where
        Self: Iterator<Item = (String, serde_json::Value)>,
    {
        let mut map = serde_json::Map::new();
        for (key, value) in self {
            map.insert(key, value);
        }
        map
    }
}

impl<I: Iterator> CollectSorted for I {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_by_is_stable_and_matches_std() {
        let mut seed = 7u64;
        for len in 0..200usize {
            let mut items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (((seed >> 33) % 5) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|a| a.0);
            sort_by(&mut items, |a, b| a.0.cmp(&b.0));
            assert_eq!(items, expected);
        }
    }

    #[test]
    fn permutations_of_distinct_items_come_out_sorted() {
        let mut seed = 11u64;
        for len in [2usize, 3, 7, 64, 257] {
            let mut items: Vec<u64> = (0..len as u64).rev().collect();
            sort(&mut items);
            assert_eq!(items, (0..len as u64).collect::<Vec<_>>());
            for _ in 0..20 {
                for i in (1..items.len()).rev() {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    items.swap(i, (seed >> 33) as usize % (i + 1));
                }
                sort(&mut items);
                assert_eq!(items, (0..len as u64).collect::<Vec<_>>());
            }
        }
    }

    #[test]
    fn sort_and_sort_by_key() {
        let mut words = vec!["pear", "fig", "apple", "kiwi"];
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "kiwi", "pear"]);
        sort_by_key(&mut words, |word| word.len());
        assert_eq!(words, ["fig", "kiwi", "pear", "apple"]);
    }

    #[test]
    fn map_from_keeps_the_last_duplicate_like_collect() {
        let pairs = [("b", 1), ("a", 2), ("b", 3)];
        let collected: BTreeMap<_, _> = pairs.into_iter().collect();
        assert_eq!(map_from(pairs), collected);
        assert_eq!(
            set_from([3, 1, 3, 2]),
            [1, 2, 3].into_iter().collect::<BTreeSet<_>>()
        );
    }
}
