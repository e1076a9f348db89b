//! Count Primes Below N: the reference's binding and the large cases.

use crate::support::*;

function!(count_primes_below(n: i64) -> i64);

/// The bound itself and a random `n` just under it: trial division up to the square root of every
/// number is hundreds of millions of divisions there, while the sieve is a few passes over memory.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    vec![args![5_000_000_i64], args![rng.i64(4_500_000..5_000_000)]]
}
