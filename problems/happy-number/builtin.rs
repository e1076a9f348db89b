//! Digit-Square Chains: the reference's binding and the large cases.

use crate::support::*;

function!(is_happy(n: i64) -> bool);

/// The largest allowed value and a random one near it: one digit-square sum brings any of them
/// below 1,000, so no approach is meaningfully slower and there is no naive solution to separate.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    vec![
        args![1_000_000_000_000_000_i64],
        args![rng.i64(900_000_000_000_000..=1_000_000_000_000_000)],
        args![999_999_999_999_999_i64],
    ]
}
