//! Bonus Tokens Along the Assembly Line: the reference's binding and the large cases.

use crate::support::*;

function!(min_tokens(scores: Vec<i64>) -> i64);

/// 100,000 workers. Strictly falling scores: a sweep that fixes broken rules left to right moves
/// the correction one worker per sweep, so it needs a hundred thousand sweeps, and the answer,
/// 5,000,050,000, overflows 32 bits. Then random scores with many ties, a rising-then-falling
/// mountain, and random large scores.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let falling: Vec<i64> = (0..n as i64).map(|i| 1_000_000_000 - i).collect();
    let mountain: Vec<i64> = (0..n as i64).map(|i| i.min(n as i64 - 1 - i)).collect();
    vec![
        args![falling],
        args![ints(rng, n, 0, 5)],
        args![mountain],
        args![ints(rng, n, 0, 1_000_000_000)],
    ]
}
