//! K-th Cheapest Seat in a Sorted Price Grid: the reference's binding and the large cases.

use crate::support::*;

/// An `m` by `n` grid sorted along rows and columns: each price is the larger of its upper and
/// left neighbours plus a random step in `0..=step`, capped at 10^9.
fn grid(rng: &mut Rng, m: usize, n: usize, step: i64) -> Vec<Vec<i64>> {
    let mut g = vec![vec![0_i64; n]; m];
    for i in 0..m {
        for j in 0..n {
            let base = match (i, j) {
                (0, 0) => -1_000_000_000,
                (0, _) => g[0][j - 1],
                (_, 0) => g[i - 1][0],
                _ => g[i - 1][j].max(g[i][j - 1]),
            };
            g[i][j] = (base + rng.i64(0..=step)).min(1_000_000_000);
        }
    }
    g
}

function!(kth_smallest(matrix: Vec<Vec<i64>>, k: i64) -> i64);

/// 1,000 by 250 grids: merging the rows by scanning every row's next price for each step is
/// `k * 1000` steps, over 2 * 10^8 here. One grid spans the whole range, the other climbs by
/// steps of 0 or 1, so prices repeat many times; `k` is near the end in both.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let wide = grid(rng, 1000, 250, 1_500_000);
    let flat = grid(rng, 1000, 250, 1);
    vec![args![wide, 249_990_i64], args![flat, 240_000_i64]]
}
