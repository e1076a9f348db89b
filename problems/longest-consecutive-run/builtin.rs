//! Longest Run of Consecutive Values: the reference's binding and the large cases.

use crate::support::*;

function!(longest_consecutive_run(nums: Vec<i64>) -> i64);

/// 200,000 values where walking up from every value (not only from the start of a run) is
/// billions of steps: one shuffled run of 200,000; a run of 100,000 ending at 10^9 with every
/// value twice; and two long runs separated by a single missing value, among random values.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000_i64;
    let mut one: Vec<i64> = (-n / 2..n / 2).collect();
    rng.shuffle(&mut one);

    let top = 1_000_000_000;
    let mut twice: Vec<i64> = (top - n / 2 + 1..=top)
        .chain(top - n / 2 + 1..=top)
        .collect();
    rng.shuffle(&mut twice);

    // -10^9 .. -10^9 + 69,999 and (gap at -10^9 + 70,000) the next 80,000 values, then random.
    let low = -1_000_000_000;
    let mut gap: Vec<i64> = (low..low + 70_000)
        .chain(low + 70_001..low + 150_001)
        .collect();
    gap.extend(ints(rng, 50_000, 0, 1_000_000_000));
    rng.shuffle(&mut gap);
    vec![args![one], args![twice], args![gap]]
}
