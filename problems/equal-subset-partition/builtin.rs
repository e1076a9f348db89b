//! Split the Haul Evenly: the reference's binding and the large cases.

use crate::support::*;

function!(can_split_evenly(nums: Vec<i64>) -> bool);

/// 200 numbers each. First, even numbers whose total is twice an odd number, so no split exists
/// and trying every subset never finds one; then random numbers with an even total.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let mut even: Vec<i64> = (0..200).map(|_| 2 * rng.i64(1..=50)).collect();
    let total: i64 = even.iter().sum();
    if (total / 2) % 2 == 0 {
        // Change the total by 2 to make its half odd, keeping every number even and in bounds.
        if even[0] < 100 {
            even[0] += 2;
        } else {
            even[0] -= 2;
        }
    }
    let mut random = ints(rng, 200, 1, 100);
    if random.iter().sum::<i64>() % 2 != 0 {
        random[0] = if random[0] == 100 { 99 } else { random[0] + 1 };
    }
    vec![args![even], args![random]]
}
