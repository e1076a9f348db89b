//! The Sock Without a Partner: the reference's binding and the large cases.

use crate::support::*;

function!(lonely_number(nums: Vec<i64>) -> i64);

/// 149,999 distinct pairs and one unpaired value at the very end: a search for each value's
/// partner scans half the array for every value before it finds the unpaired one. Then the same
/// size with the pairs shuffled, the unpaired value somewhere in the second half.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let half = 149_999;
    let vals = distinct_ints(rng, half + 1, -1_000_000_000, 1_000_000_000);
    let mut ordered: Vec<i64> = vals[..half].to_vec();
    ordered.extend_from_slice(&vals[..half]);
    ordered.push(vals[half]);
    let vals = distinct_ints(rng, half + 1, -1_000_000_000, 1_000_000_000);
    let mut shuffled: Vec<i64> = vals[..half].iter().chain(&vals).copied().collect();
    rng.shuffle(&mut shuffled);
    let at = shuffled.iter().position(|&x| x == vals[half]).unwrap_or(0);
    let to = rng.usize(shuffled.len() / 2..shuffled.len());
    shuffled.swap(at, to);
    vec![args![ordered], args![shuffled]]
}
