//! Go's `sort.Sort` (pattern-defeating quicksort, Go 1.19+), for the places where kubectl's
//! order of *equal* elements shows: `kubectl get --sort-by` sorts with it, so rows whose keys
//! tie (pods created in the same second, `--sort-by=.status.phase`) and rows without the
//! field (which compare "less" against everything, themselves included) come out in the
//! order Go's algorithm leaves them, not in a stable order.
//!
//! The algorithm is deterministic (its pattern breaker seeds a xorshift generator with the
//! length), so the same input gives the same order as kubectl. It sorts a slice of element
//! ids through `less`, which receives two ids; callers keep their data where it is.

/// Sorts `ids` so that `less(ids[i], ids[j])` decides the order, as Go's `sort.Sort` does
/// with `Less(i, j)` and `Swap(i, j)`. `less` need not be a strict weak order.
pub fn sort(ids: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = ids.len();
    if n <= 1 {
        return;
    }
    let limit = bit_length(n);
    let mut data = Data { ids, less };
    pdqsort(&mut data, 0, n, limit);
}

/// `bits.Len`: the number of bits needed to represent `n`.
fn bit_length(n: usize) -> usize {
    (usize::BITS - n.leading_zeros()) as usize
}

struct Data<'a> {
    ids: &'a mut [usize],
    less: &'a mut dyn FnMut(usize, usize) -> bool,
}

impl Data<'_> {
    fn less(&mut self, i: usize, j: usize) -> bool {
        match (self.ids.get(i), self.ids.get(j)) {
            (Some(&a), Some(&b)) => (self.less)(a, b),
            _ => false,
        }
    }

    fn swap(&mut self, i: usize, j: usize) {
        if i < self.ids.len() && j < self.ids.len() {
            self.ids.swap(i, j);
        }
    }
}

#[derive(PartialEq, Clone, Copy)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

fn insertion_sort(data: &mut Data<'_>, a: usize, b: usize) {
    for i in a + 1..b {
        let mut j = i;
        while j > a && data.less(j, j - 1) {
            data.swap(j, j - 1);
            j -= 1;
        }
    }
}

fn sift_down(data: &mut Data<'_>, lo: usize, hi: usize, first: usize) {
    let mut root = lo;
    loop {
        let mut child = 2 * root + 1;
        if child >= hi {
            return;
        }
        if child + 1 < hi && data.less(first + child, first + child + 1) {
            child += 1;
        }
        if !data.less(first + root, first + child) {
            return;
        }
        data.swap(first + root, first + child);
        root = child;
    }
}

fn heap_sort(data: &mut Data<'_>, a: usize, b: usize) {
    let first = a;
    let hi = b - a;
    for i in (0..=(hi.saturating_sub(1)) / 2).rev() {
        sift_down(data, i, hi, first);
    }
    for i in (0..hi).rev() {
        data.swap(first, first + i);
        sift_down(data, 0, i, first);
    }
}

fn pdqsort(data: &mut Data<'_>, mut a: usize, mut b: usize, mut limit: usize) {
    const MAX_INSERTION: usize = 12;
    let mut was_balanced = true;
    let mut was_partitioned = true;
    loop {
        let length = b - a;
        if length <= MAX_INSERTION {
            insertion_sort(data, a, b);
            return;
        }
        if limit == 0 {
            heap_sort(data, a, b);
            return;
        }
        if !was_balanced {
            break_patterns(data, a, b);
            limit -= 1;
        }
        let (mut pivot, mut hint) = choose_pivot(data, a, b);
        if hint == Hint::Decreasing {
            reverse_range(data, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = Hint::Increasing;
        }
        if was_balanced
            && was_partitioned
            && hint == Hint::Increasing
            && partial_insertion_sort(data, a, b)
        {
            return;
        }
        if a > 0 && !data.less(a - 1, pivot) {
            a = partition_equal(data, a, b, pivot);
            continue;
        }
        let (mid, already_partitioned) = partition(data, a, b, pivot);
        was_partitioned = already_partitioned;
        let (left, right) = (mid - a, b - mid);
        let balance_threshold = length / 8;
        if left < right {
            was_balanced = left >= balance_threshold;
            pdqsort(data, a, mid, limit);
            a = mid + 1;
        } else {
            was_balanced = right >= balance_threshold;
            pdqsort(data, mid + 1, b, limit);
            b = mid;
        }
    }
}

fn partition(data: &mut Data<'_>, a: usize, b: usize, pivot: usize) -> (usize, bool) {
    data.swap(a, pivot);
    // `i` and `j` are inclusive bounds of what remains; `j` may reach `a`, never below.
    let (mut i, mut j) = (a + 1, b - 1);
    while i <= j && data.less(i, a) {
        i += 1;
    }
    while i <= j && !data.less(j, a) {
        j -= 1;
    }
    if i > j {
        data.swap(j, a);
        return (j, true);
    }
    data.swap(i, j);
    i += 1;
    j -= 1;
    loop {
        while i <= j && data.less(i, a) {
            i += 1;
        }
        while i <= j && !data.less(j, a) {
            j -= 1;
        }
        if i > j {
            break;
        }
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
    data.swap(j, a);
    (j, false)
}

fn partition_equal(data: &mut Data<'_>, a: usize, b: usize, pivot: usize) -> usize {
    data.swap(a, pivot);
    let (mut i, mut j) = (a + 1, b - 1);
    loop {
        while i <= j && !data.less(a, i) {
            i += 1;
        }
        while i <= j && data.less(a, j) {
            j -= 1;
        }
        if i > j {
            break;
        }
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
    i
}

fn partial_insertion_sort(data: &mut Data<'_>, a: usize, b: usize) -> bool {
    const MAX_STEPS: usize = 5;
    const SHORTEST_SHIFTING: usize = 50;
    let mut i = a + 1;
    for _ in 0..MAX_STEPS {
        while i < b && !data.less(i, i - 1) {
            i += 1;
        }
        if i == b {
            return true;
        }
        if b - a < SHORTEST_SHIFTING {
            return false;
        }
        data.swap(i, i - 1);
        // Shift the smaller one to the left (Go's loop runs down to index 1, not `a + 1`).
        if i - a >= 2 {
            let mut j = i - 1;
            while j >= 1 {
                if !data.less(j, j - 1) {
                    break;
                }
                data.swap(j, j - 1);
                j -= 1;
            }
        }
        // Shift the greater one to the right.
        if b - i >= 2 {
            let mut j = i + 1;
            while j < b {
                if !data.less(j, j - 1) {
                    break;
                }
                data.swap(j, j - 1);
                j += 1;
            }
        }
    }
    false
}

fn break_patterns(data: &mut Data<'_>, a: usize, b: usize) {
    let length = b - a;
    if length >= 8 {
        let mut random = length as u64;
        let modulus = 1usize << bit_length(length);
        let middle = a + (length / 4) * 2;
        for index in middle - 1..=middle + 1 {
            // Go's `xorshift.Next`: the 64-bit triple 13, 7, 17 of the Go that builds kubectl
            // 1.37 (older releases shifted by 13, 17, 5, which orders ties differently).
            random ^= random << 13;
            random ^= random >> 7;
            random ^= random << 17;
            let mut other = (random as usize) & (modulus - 1);
            if other >= length {
                other -= length;
            }
            data.swap(index, a + other);
        }
    }
}

fn choose_pivot(data: &mut Data<'_>, a: usize, b: usize) -> (usize, Hint) {
    const SHORTEST_NINTHER: usize = 50;
    const MAX_SWAPS: usize = 4 * 3;
    let l = b - a;
    let mut swaps = 0;
    let mut i = a + l / 4;
    let mut j = a + l / 4 * 2;
    let mut k = a + l / 4 * 3;
    if l >= 8 {
        if l >= SHORTEST_NINTHER {
            i = median(data, i - 1, i, i + 1, &mut swaps);
            j = median(data, j - 1, j, j + 1, &mut swaps);
            k = median(data, k - 1, k, k + 1, &mut swaps);
        }
        j = median(data, i, j, k, &mut swaps);
    }
    let hint = match swaps {
        0 => Hint::Increasing,
        MAX_SWAPS => Hint::Decreasing,
        _ => Hint::Unknown,
    };
    (j, hint)
}

fn order2(data: &mut Data<'_>, a: usize, b: usize, swaps: &mut usize) -> (usize, usize) {
    if data.less(b, a) {
        *swaps += 1;
        (b, a)
    } else {
        (a, b)
    }
}

fn median(data: &mut Data<'_>, a: usize, b: usize, c: usize, swaps: &mut usize) -> usize {
    let (a, b) = order2(data, a, b, swaps);
    let (b, c) = order2(data, b, c, swaps);
    let _ = c;
    let (_, b) = order2(data, a, b, swaps);
    b
}

fn reverse_range(data: &mut Data<'_>, a: usize, b: usize) {
    let (mut i, mut j) = (a, b - 1);
    while i < j {
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng::SimRng;

    fn sorted_by_key(keys: &[u32]) -> Vec<usize> {
        let mut ids: Vec<usize> = (0..keys.len()).collect();
        sort(&mut ids, &mut |a, b| keys[a] < keys[b]);
        ids
    }

    #[test]
    fn sorts_any_length_correctly() {
        let mut rng = SimRng::new(7);
        for length in [0, 1, 2, 5, 12, 13, 49, 50, 51, 200, 1000, 5000] {
            for spread in [2u64, 10, 1_000_000] {
                let keys: Vec<u32> = (0..length).map(|_| rng.below(spread) as u32).collect();
                let ids = sorted_by_key(&keys);
                let mut seen = ids.clone();
                seen.sort();
                assert_eq!(seen, (0..length).collect::<Vec<_>>());
                assert!(ids.windows(2).all(|w| keys[w[0]] <= keys[w[1]]));
            }
        }
        // Sorted, reversed, and organ-pipe inputs (the pattern-defeating paths).
        for length in [100usize, 1000] {
            for keys in [
                (0..length as u32).collect::<Vec<_>>(),
                (0..length as u32).rev().collect(),
                (0..length as u32)
                    .map(|k| k.min(length as u32 - k))
                    .collect(),
            ] {
                let ids = sorted_by_key(&keys);
                assert!(ids.windows(2).all(|w| keys[w[0]] <= keys[w[1]]));
            }
        }
    }

    #[test]
    fn short_inputs_are_insertion_sorted_like_go() {
        // A `less` that is true for two missing keys (kubectl's) moves each missing element
        // in front of the earlier ones: they come out reversed.
        let keys = [None, Some(2), None, Some(1), None];
        let mut ids: Vec<usize> = (0..keys.len()).collect();
        sort(&mut ids, &mut |a, b| match (keys[a], keys[b]) {
            (None, _) => true,
            (_, None) => false,
            (Some(x), Some(y)) => x < y,
        });
        assert_eq!(ids, vec![4, 2, 0, 3, 1]);
    }

    /// The order Go's `sort.Sort` gives, with a `Less` where a negative key is "missing"
    /// (less than everything, itself included), as kubectl's sorter: the length, an FNV-1a
    /// hash of the whole order, and its start. First taken from Go 1.19, whose pattern
    /// breaker shifted by 13, 17, 5; the cases where the breaker runs were then recomputed
    /// for the 13, 7, 17 of kubectl 1.37.1's Go, with a transcription of Go's pdqsort that
    /// gives Go 1.19's numbers with the old shifts and kubectl's own `--sort-by` order of 22
    /// pods (get-printer-errors.txt) with the new ones.
    const GO_ORDERS: &[(usize, u64, &[usize])] = &[
        (5, 8218737398495161213, &[4, 2, 0, 3, 1]),
        (
            16,
            13066465243362585525,
            &[8, 10, 2, 14, 4, 12, 6, 0, 9, 7, 1, 11, 5, 13, 3, 15],
        ),
        (
            40,
            369606375894755885,
            &[20, 10, 35, 30, 0, 5, 25, 15, 28, 3],
        ),
        (
            100,
            4622685829020131399,
            &[20, 25, 95, 45, 35, 5, 90, 50, 0, 85],
        ),
        (
            1000,
            5563868309664165799,
            &[0, 833, 425, 34, 476, 493, 663, 731, 272, 204],
        ),
        (
            300,
            8096114829506186621,
            &[78, 174, 285, 216, 54, 150, 225, 45, 141, 162],
        ),
        (500, 10234385171984889473, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
        (
            2000,
            6766102688803190037,
            &[668, 1997, 2, 1995, 1992, 1990, 1985, 7, 1983, 9],
        ),
    ];

    fn go_key(case: usize, i: usize) -> i64 {
        let i = i as i64;
        match case {
            0 => [-1, 2, -1, 1, -1][i as usize],
            1 => i % 2,
            2 | 3 => (i * 7) % 5,
            4 => (i * 31) % 17 - 1,
            5 => {
                if i % 3 == 0 {
                    -1
                } else {
                    300 - i
                }
            }
            6 => i / 50,
            _ => ((i as u64 * 2654435761) % 1000) as i64 % 3,
        }
    }

    #[test]
    fn orders_ties_and_missing_keys_exactly_as_go() {
        for (case, (length, hash, start)) in GO_ORDERS.iter().enumerate() {
            let keys: Vec<i64> = (0..*length).map(|i| go_key(case, i)).collect();
            let mut ids: Vec<usize> = (0..*length).collect();
            sort(&mut ids, &mut |a, b| {
                if keys[a] < 0 {
                    return true;
                }
                if keys[b] < 0 {
                    return false;
                }
                keys[a] < keys[b]
            });
            let mut fnv: u64 = 14695981039346656037;
            for id in &ids {
                fnv ^= *id as u64;
                fnv = fnv.wrapping_mul(1099511628211);
            }
            assert_eq!(&ids[..start.len()], *start, "case {case}");
            assert_eq!(fnv, *hash, "case {case}");
        }
    }
}
