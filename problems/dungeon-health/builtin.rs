//! Drone Battery Across a Storm Grid: the reference's binding and the large cases.

use crate::support::*;

function!(min_start_charge(grid: Vec<Vec<i64>>) -> i64);

/// 200 by 200 grids, where following every route is astronomically slow: random values over the
/// whole range, and mostly headwinds (every route drains hundreds of thousands of units, near the
/// largest possible answer) with a few charging pads.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let random: Vec<Vec<i64>> = (0..200).map(|_| ints(rng, 200, -1000, 1000)).collect();
    let storm: Vec<Vec<i64>> = (0..200)
        .map(|_| {
            (0..200)
                .map(|_| {
                    if rng.u32(..100) < 3 {
                        1000
                    } else {
                        rng.i64(-1000..=-900)
                    }
                })
                .collect()
        })
        .collect();
    vec![args![random], args![storm]]
}
