//! The Repeated Badge Number: the reference's binding and the large cases.

use crate::support::*;

function!(find_duplicate(nums: Vec<i64>) -> i64);

/// `1..=n` shuffled, with the repeated value's copies moved into the last `tail` positions, so
/// a scan of every pair goes through almost all of them before it finds the repeat.
fn late_repeat(rng: &mut Rng, n: i64, copies: usize, tail: usize) -> Vec<i64> {
    let dup = rng.i64(1..=n);
    // Drop `copies - 1` other numbers so that the log still holds n + 1 values.
    let mut rest: Vec<i64> = (1..=n).filter(|&k| k != dup).collect();
    rng.shuffle(&mut rest);
    rest.truncate(rest.len() + 2 - copies);
    let mut nums = rest;
    for _ in 0..copies {
        let at = nums.len() + 1 - rng.usize(1..=tail.min(nums.len() + 1));
        nums.insert(at, dup);
    }
    nums
}

/// 200,001 values: the repeated value twice, both within the last 100 positions; then three
/// times within the last 1,000.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    vec![
        args![late_repeat(rng, n, 2, 100)],
        args![late_repeat(rng, n, 3, 1000)],
    ]
}
