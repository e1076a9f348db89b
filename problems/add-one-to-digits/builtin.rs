//! One More on the Odometer: the reference's binding and the large cases.

use crate::support::*;

function!(add_one(digits: Vec<i64>) -> Vec<i64>);

/// 100,000 digits, far beyond any machine integer: all nines (the carry runs through every
/// wheel and the result grows by one digit), and a random number ending in a long run of nines.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let nines = vec![9; n];
    let mut tail = ints(rng, n, 0, 9);
    tail[0] = rng.i64(1..=9);
    tail[n / 2] = rng.i64(0..=8);
    for d in &mut tail[n / 2 + 1..] {
        *d = 9;
    }
    vec![args![nines], args![tail]]
}
