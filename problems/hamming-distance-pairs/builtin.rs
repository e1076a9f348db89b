//! Drift Across a Fleet of Flag Registers: the reference's binding and the large cases.

use crate::support::*;

function!(pairwise_bit_differences(masks: Vec<i64>) -> i64);

/// 50,000 masks, so comparing every pair means over a billion XORs: random 31-bit masks, then
/// masks alternating between `0` and `2^31 - 1`, whose total (about 1.94 * 10^10) overflows a
/// 32-bit counter.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 50_000;
    let random = ints(rng, n, 0, (1 << 31) - 1);
    let extremes: Vec<i64> = (0..n)
        .map(|i| if i % 2 == 0 { 0 } else { (1 << 31) - 1 })
        .collect();
    vec![args![random], args![extremes]]
}
