//! Longest Rising Chain of Scores: the reference's binding and the large cases.

use crate::support::*;

function!(longest_rising_chain(scores: Vec<i64>) -> i64);

/// 200,000 scores each, where comparing every pair of days is 2 * 10^10 steps: random scores
/// over the whole range, a slowly rising trend with noise (a long answer, so the table of
/// tails grows large), and a strictly falling run (the answer is 1).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let random = ints(rng, n, -1_000_000_000, 1_000_000_000);
    let trend: Vec<i64> = (0..n as i64)
        .map(|i| i * 5_000 - 500_000_000 + rng.i64(-200_000..=200_000))
        .collect();
    let falling: Vec<i64> = (0..n as i64)
        .rev()
        .map(|i| i * 10_000 - 999_999_999)
        .collect();
    vec![args![random], args![trend], args![falling]]
}
