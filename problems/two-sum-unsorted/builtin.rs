//! Two Ledger Entries That Balance: the reference's binding and the large cases.

use crate::support::*;

function!(pair_indices(nums: Vec<i64>, target: i64) -> Vec<i64>);

/// 200,000 entries where only one odd amount exists, so only it and one particular even amount
/// add up to the odd target. A scan of every pair must look at billions of pairs: the pair is at
/// the last two positions, then (with many repeated even amounts) at the middle and the end.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    // Distinct even amounts; the odd one and its partner go to the last two positions.
    let mut evens: Vec<i64> = distinct_ints(rng, n - 1, -500_000_000, 500_000_000)
        .into_iter()
        .map(|x| x * 2)
        .collect();
    let partner = evens.swap_remove(rng.usize(..evens.len()));
    let odd = 2 * rng.i64(-400_000_000..400_000_000) + 1;
    let mut last = evens;
    last.push(partner);
    last.push(odd);
    let last_target = partner + odd;
    // Even amounts from a narrow range, repeated many times; the partner's value occurs once.
    let mut repeated = ints(rng, n - 2, -1_000_000, 1_000_000)
        .into_iter()
        .map(|x| x * 2)
        .collect::<Vec<_>>();
    let partner = -999_999_998;
    let odd = 999_999_999;
    repeated.insert(n / 2, partner);
    repeated.push(odd);
    vec![args![last, last_target], args![repeated, partner + odd]]
}
