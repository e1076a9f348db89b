//! How Scrambled Is the Capture: the reference's binding and the large cases.

use crate::support::*;

function!(reordered_pairs(sent_at: Vec<i64>) -> i64);

/// 200,000 packets, where checking every pair takes 2 * 10^10 steps: a capture in exactly
/// reversed order (the largest answer, 19,999,900,000, beyond 32 bits), random times with many
/// ties, random times over the whole range, and an already sorted capture (answer 0).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n: i64 = 200_000;
    let reversed: Vec<i64> = (0..n).map(|i| 1_000_000_000 - i * 5_000).collect();
    let sorted: Vec<i64> = (0..n).map(|i| i * 3 - 300_000).collect();
    vec![
        args![reversed],
        args![ints(rng, 200_000, 0, 50)],
        args![ints(rng, 200_000, -1_000_000_000, 1_000_000_000)],
        args![sorted],
    ]
}
