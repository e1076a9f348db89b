//! Combine Many Sorted Sensor Logs: the reference's binding and the large cases.

use crate::support::*;

fn sorted(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut v = ints(rng, n, lo, hi);
    v.sort_unstable();
    v
}

function!(merge_sorted_lists(lists: Vec<Vec<i64>>) -> Vec<i64>);

/// 200,000 timestamps in 10,000 logs of 20, where merging the logs into the result one after
/// another copies about 10^9 values and scanning every front for each value is 2 * 10^9 steps;
/// then 2,000 logs of 100 values from a narrow range (many ties) with every other log empty.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let even: Vec<Vec<i64>> = (0..10_000)
        .map(|_| sorted(rng, 20, -1_000_000_000, 1_000_000_000))
        .collect();
    let gappy: Vec<Vec<i64>> = (0..4_000)
        .map(|i| {
            if i % 2 == 0 {
                sorted(rng, 100, -500, 500)
            } else {
                Vec::new()
            }
        })
        .collect();
    vec![args![even], args![gappy]]
}
