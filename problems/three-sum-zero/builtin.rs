//! Trios of Charges That Cancel Out: the reference's binding and the large cases.

use crate::support::*;

function!(zero_sum_trios(nums: Vec<i64>) -> Vec<Vec<i64>>);

/// 3,000 charges, where checking every trio of positions means four and a half billion trios:
/// charges in a narrow range (thousands of trios cancel out), and distinct charges over the
/// whole range, two thirds of them negative, so the scan runs from almost every anchor.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 3000;
    let narrow = ints(rng, n, -100_000, 100_000);
    let mut wide = distinct_ints(rng, 2000, -1_000_000_000, -1);
    wide.extend(distinct_ints(rng, 1000, 0, 1_000_000_000));
    rng.shuffle(&mut wide);
    vec![args![narrow], args![wide]]
}
