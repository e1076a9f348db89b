//! Rain Over a Skyline of Blocks: the reference's binding and the large cases.

use crate::support::*;

function!(trapped_water(heights: Vec<i64>) -> i64);

/// 200,000 columns, where rescanning both sides of every column reads forty billion heights:
/// random heights, and a jagged valley (falling to the middle, then rising) that holds about
/// 10^14 units, far beyond 32 bits.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let random = ints(rng, n, 0, 1_000_000_000);
    let last = n as i64 - 1;
    let valley: Vec<i64> = (0..=last)
        .map(|i| {
            let from_middle = (2 * i - last).abs();
            (from_middle * 5_000 + rng.i64(0..=20_000_000)).min(1_000_000_000)
        })
        .collect();
    vec![args![random], args![valley]]
}
