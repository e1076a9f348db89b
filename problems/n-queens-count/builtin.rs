//! Interference-Free Beacon Layouts: the reference's binding and the large cases.

use crate::support::*;

function!(count_placements(n: i64, blocked: Vec<Vec<i64>>) -> i64);

/// A 12 x 12 floor with three pillars (trying all 479 million placements of one beacon per row
/// and column is far too slow), then the largest floor, 13 x 13, with no pillar and with eight.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let cells = |rng: &mut Rng, n: i64, k: usize| -> Vec<Vec<i64>> {
        distinct_ints(rng, k, 0, n * n - 1)
            .into_iter()
            .map(|x| vec![x / n, x % n])
            .collect()
    };
    let twelve = cells(rng, 12, 3);
    let thirteen = cells(rng, 13, 8);
    vec![
        args![12_i64, twelve],
        args![13_i64, Vec::<Vec<i64>>::new()],
        args![13_i64, thirteen],
    ]
}
