//! Modular Power of a Huge Exponent: the reference's binding and the large cases.

use crate::support::*;

function!(power_mod(base: i64, exponent: i64) -> i64);

/// Exponents near 10^18, where multiplying the base in once per unit of the exponent would take
/// centuries: the largest base and exponent, a negative base with an odd exponent, and a base
/// congruent to -1 with an odd exponent drawn just below 10^18.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let top = 1_000_000_000_000_000_000_i64;
    let odd = rng.i64(top / 2 - 1_000_000..top / 2) * 2 - 1;
    vec![
        args![top, top],
        args![-top + 1, top - 1],
        args![1_000_000_006_i64, odd],
    ]
}
