//! Quarter Turn of a Square Tile Map: the reference's binding and the large cases.

use crate::support::*;

function!(rotate_clockwise(grid: Vec<Vec<i64>>) -> Vec<Vec<i64>>);

/// The largest maps: 500 x 500 tiles across the whole range, and 499 x 499 (odd, so one tile
/// stays in the centre) numbered row by row.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let random: Vec<Vec<i64>> = (0..500)
        .map(|_| ints(rng, 500, -1_000_000_000, 1_000_000_000))
        .collect();
    let numbered: Vec<Vec<i64>> = (0..499_i64)
        .map(|r| (0..499_i64).map(|c| r * 499 + c).collect())
        .collect();
    vec![args![random], args![numbered]]
}
