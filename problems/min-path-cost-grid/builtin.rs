//! Cheapest Drive Across the Field: the reference's binding and the large cases.

use crate::support::*;

function!(min_route_cost(grid: Vec<Vec<i64>>) -> i64);

/// Fields of 200 by 200 cells, where following every route means more than 10^118 routes: random
/// costs up to 10^9 (a total beyond 32 bits), random small costs, and a field of zeros with one
/// expensive band that the cheapest route must cross.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200;
    let big: Vec<Vec<i64>> = (0..n).map(|_| ints(rng, n, 0, 1_000_000_000)).collect();
    let small: Vec<Vec<i64>> = (0..n).map(|_| ints(rng, n, 0, 9)).collect();
    let band: Vec<Vec<i64>> = (0..n)
        .map(|r| {
            (0..n)
                .map(|c| if r + c == n { rng.i64(1..=1000) } else { 0 })
                .collect()
        })
        .collect();
    vec![args![big], args![small], args![band]]
}
