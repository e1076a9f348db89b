//! Clearing a Row of Scoring Tiles: the reference's binding and the large cases.

use crate::support::*;

function!(max_removal_score(values: Vec<i64>) -> i64);

/// Rows of 300 tiles, where trying every order (or every remaining set) of removals is
/// astronomically slow: random values from 0 to 100, every value 100 (the largest total), and
/// random values with about a third of them zero.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 300;
    let random = ints(rng, n, 0, 100);
    let top = vec![100_i64; n];
    let zeros: Vec<i64> = (0..n)
        .map(|_| {
            if rng.u8(..3) == 0 {
                0
            } else {
                rng.i64(1..=100)
            }
        })
        .collect();
    vec![args![random], args![top], args![zeros]]
}
