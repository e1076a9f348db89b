//! One Trade in a Price History: the reference's binding and the large cases.

use crate::support::*;

function!(max_profit(prices: Vec<i64>) -> i64);

/// 200,000 days where trying every pair of days means twenty billion pairs: random prices, and
/// prices that mostly fall (so the answer is a small rise hidden in a long decline).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let random = ints(rng, n, 0, 1_000_000_000);
    let falling: Vec<i64> = (0..n as i64)
        .map(|i| (1_000_000_000 - i * 5_000 + rng.i64(0..=7_000)).min(1_000_000_000))
        .collect();
    vec![args![random], args![falling]]
}
