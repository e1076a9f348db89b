//! The Double-Printed Ticket: the reference's binding and the large cases.

use crate::support::*;

function!(mismatched_set(nums: Vec<i64>) -> Vec<i64>);

/// A shuffled run of `1..=n` with one number overwritten by another.
fn glitched(rng: &mut Rng, n: i64, dup: i64, miss: i64) -> Vec<i64> {
    let mut nums: Vec<i64> = (1..=n).map(|k| if k == miss { dup } else { k }).collect();
    rng.shuffle(&mut nums);
    nums
}

/// 100,000 tickets (counting every number scans the whole array each time): a random
/// duplicate and missing number, then the extremes, `n` printed twice and `1` missing.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let dup = rng.i64(1..=n);
    let miss = loop {
        let m = rng.i64(1..=n);
        if m != dup {
            break m;
        }
    };
    vec![
        args![glitched(rng, n, dup, miss)],
        args![glitched(rng, n, n, 1)],
    ]
}
