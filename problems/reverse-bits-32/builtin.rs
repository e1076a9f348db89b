//! Mirror a 32-Bit Register: the reference's binding and the large cases.

use crate::support::*;

function!(reverse_bits(x: i64) -> i64);

/// The input is a single word, so "large" means the extremes of the range: every bit set, and
/// a random value with bit 31 set (the one that turns negative in a signed 32-bit type).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let top = (1_i64 << 31) | rng.i64(0..1 << 31);
    vec![args![(1_i64 << 32) - 1], args![top]]
}
