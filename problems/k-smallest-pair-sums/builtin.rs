//! Cheapest Pairings From Two Price Lists: the reference's binding and the large cases.

use crate::support::*;

function!(smallest_pair_sums(first: Vec<i64>, second: Vec<i64>, k: i64) -> Vec<Vec<i64>>);

fn sorted(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut v = ints(rng, n, lo, hi);
    v.sort_unstable();
    v
}

/// Two arrays of 100,000 prices and `k = 50,000`: scanning every row's front for each bundle
/// is 2.5 * 10^9 steps, and listing every pair is 10^10 bundles. One pair of arrays spans the
/// whole range; the other holds only seven distinct prices each, so most costs tie and the
/// order by `i`, then `j`, decides.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let k: i64 = 50_000;
    let wide = (
        sorted(rng, n, -1_000_000_000, 1_000_000_000),
        sorted(rng, n, -1_000_000_000, 1_000_000_000),
    );
    let ties = (sorted(rng, n, -3, 3), sorted(rng, n, -3, 3));
    vec![args![wide.0, wide.1, k], args![ties.0, ties.1, k]]
}
