//! Largest Tank Between Two Plates: the reference's binding and the large cases.

use crate::support::*;

function!(max_water(heights: Vec<i64>) -> i64);

/// 200,000 plates, where trying every pair means twenty billion pairs: random heights, and a
/// mountain whose plates rise with the square of their distance from the nearer end, so the
/// best tank lies strictly inside and the outermost pairs are poor.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let random = ints(rng, n, 0, 1_000_000_000);
    let last = n as i64 - 1;
    let mountain: Vec<i64> = (0..=last)
        .map(|i| {
            let from_edge = i.min(last - i);
            (from_edge * from_edge / 10 + rng.i64(0..=3)).min(1_000_000_000)
        })
        .collect();
    vec![args![random], args![mountain]]
}
