//! Outline of the City for a Poster: the reference's binding and the large cases.

use crate::support::*;

function!(skyline(buildings: Vec<Vec<i64>>) -> Vec<Vec<i64>>);

/// 100,000 buildings in each case, where scanning every building at each edge is 2 * 10^10
/// steps: random ones over the whole range, nested ones (a pyramid whose every step shows),
/// and equal ones that touch end to end, which merge into a single roof.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000_i64;
    let random: Vec<Vec<i64>> = (0..n)
        .map(|_| {
            let left = rng.i64(0..1_000_000_000);
            let right = rng.i64(left + 1..=(left + 10_000_000).min(1_000_000_000));
            vec![left, right, rng.i64(1..=1_000_000_000)]
        })
        .collect();
    let mut nested: Vec<Vec<i64>> = (0..n).map(|i| vec![i, 2 * n - i, i + 1]).collect();
    rng.shuffle(&mut nested);
    let touching: Vec<Vec<i64>> = (0..n).map(|i| vec![i * 10, i * 10 + 10, 7]).collect();
    vec![args![random], args![nested], args![touching]]
}
