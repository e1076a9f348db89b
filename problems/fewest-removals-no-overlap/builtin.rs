//! Cancel the Fewest Hall Bookings: the reference's binding and the large cases.

use crate::support::*;

function!(fewest_removals(bookings: Vec<Vec<i64>>) -> i64);

/// 100,000 requests, where a DP over every pair of requests is 5 * 10^9 steps: short random
/// requests over the whole range (most can be kept), and requests nested around the middle of
/// the range with many short ones inside (a greedy by start keeps the wrong ones).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let random: Vec<Vec<i64>> = (0..n)
        .map(|_| {
            let start = rng.i64(-1_000_000_000..999_900_000);
            vec![start, start + rng.i64(1..=100_000)]
        })
        .collect();
    let mut nested: Vec<Vec<i64>> = (0..n / 2)
        .map(|_| {
            let half = rng.i64(1..=1_000_000_000);
            vec![-half, half]
        })
        .collect();
    nested.extend((0..n / 2).map(|_| {
        let start = rng.i64(-1_000_000..1_000_000);
        vec![start, start + rng.i64(1..=100)]
    }));
    rng.shuffle(&mut nested);
    vec![args![random], args![nested]]
}
