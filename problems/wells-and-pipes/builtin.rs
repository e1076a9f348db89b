//! Water for Every House: the reference's binding and the large cases.

use crate::support::*;

function!(min_supply_cost(n: i64, wells: Vec<i64>, pipes: Vec<Vec<i64>>) -> i64);

/// 100,000 houses. First, wells cost the maximum and the pipes form a path that gets cheaper
/// along it, so searching the chosen pipes before adding each one walks a long path every time;
/// then random well costs and 100,000 random pipes.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000_i64;
    let dear = vec![1_000_000_000_i64; n as usize];
    let path: Vec<Vec<i64>> = (1..n).map(|i| vec![i, i - 1, n - i]).collect();
    let wells = ints(rng, n as usize, 0, 1_000_000_000);
    let pipes: Vec<Vec<i64>> = (0..100_000)
        .map(|_| {
            let a = rng.i64(0..n);
            // Another house: a pipe joins two different houses.
            let b = (a + rng.i64(1..n)) % n;
            vec![a, b, rng.i64(0..=1_000_000_000)]
        })
        .collect();
    vec![args![n, dear, path], args![n, wells, pipes]]
}
