//! Fund the Best Projects: the reference's binding and the large cases.

use crate::support::*;

function!(max_capital(k: i64, capital: i64, profits: Vec<i64>, costs: Vec<i64>) -> i64);

/// 100,000 projects and `k` of 100,000, so scanning every project for each pick is ten billion
/// steps: every project affordable from the start, then a ladder where each profit of 10 unlocks
/// the next project (listed in a random order) and the last ones need more than can be reached.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000_i64;
    let profits = ints(rng, n as usize, 0, 1_000_000_000);
    let free = vec![0_i64; n as usize];
    let mut ladder: Vec<i64> = (0..n).map(|i| i * 10).collect();
    for c in ladder.iter_mut().skip(n as usize - 10) {
        *c = 1_000_000_000;
    }
    rng.shuffle(&mut ladder);
    vec![
        args![n, 0_i64, profits, free],
        args![n, 0_i64, vec![10_i64; n as usize], ladder],
    ]
}
