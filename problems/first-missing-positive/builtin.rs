//! Lowest Free Order Number: the reference's binding and the large cases.

use crate::support::*;

function!(first_missing_positive(nums: Vec<i64>) -> i64);

/// 100,000 values: `1..=n` shuffled (the answer is `n + 1`, so trying each candidate scans the
/// array `n` times); then `1..=n` with one number `gap` in the top half replaced by a
/// non-positive value and a tenth of the numbers above `gap` by junk (duplicates and huge
/// values), so the answer is `gap`.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000_i64;
    let mut all: Vec<i64> = (1..=n).collect();
    rng.shuffle(&mut all);
    let mut late: Vec<i64> = (1..=n).collect();
    let gap = rng.i64(n / 2..n);
    for x in &mut late {
        if *x == gap {
            *x = rng.i64(-1_000_000_000..=0);
        } else if *x > gap && rng.usize(..10) == 0 {
            *x = if rng.bool() {
                rng.i64(n + 1..=1_000_000_000)
            } else {
                rng.i64(gap + 1..=n)
            };
        }
    }
    rng.shuffle(&mut late);
    vec![args![all], args![late]]
}
