//! Smash the Stones: the reference's binding and the large cases.

use crate::support::*;

function!(smallest_last_stone(stones: Vec<i64>) -> i64);

/// 200 stones each, so trying both sides for every stone is 2^200 splits: even weights whose
/// total is twice an odd number (the best difference is 2), then random weights.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let mut even: Vec<i64> = (0..200).map(|_| 2 * rng.i64(1..=50)).collect();
    let total: i64 = even.iter().sum();
    if (total / 2) % 2 == 0 {
        // Change the total by 2 to make its half odd, keeping every weight even and in bounds.
        if even[0] < 100 {
            even[0] += 2;
        } else {
            even[0] -= 2;
        }
    }
    vec![args![even], args![ints(rng, 200, 1, 100)]]
}
