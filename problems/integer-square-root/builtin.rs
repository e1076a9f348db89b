//! Largest Square Floor From Tiles: the reference's binding and the large cases.

use crate::support::*;

function!(integer_sqrt(x: i64) -> i64);

/// Values near 2^62, where trying every side length from 0 takes two billion steps, and where a
/// floating-point square root rounds the wrong way: 2^62 itself (whose square root squared
/// overflows a naive upper bound), 2^62 - 1, and `k * k - 1` for a random `k` just below 2^31.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let k = rng.i64((1 << 31) - 1_000_000..1 << 31);
    vec![
        args![1_i64 << 62],
        args![(1_i64 << 62) - 1],
        args![k * k - 1],
    ]
}
