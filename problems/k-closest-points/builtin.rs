//! Nearest Charging Stations: the reference's binding and the large cases.

use crate::support::*;

function!(k_closest(points: Vec<Vec<i64>>, k: i64) -> Vec<Vec<i64>>);

fn points(rng: &mut Rng, n: usize, lim: i64) -> Vec<Vec<i64>> {
    (0..n)
        .map(|_| vec![rng.i64(-lim..=lim), rng.i64(-lim..=lim)])
        .collect()
}

/// 100,000 stations over the whole range with `k` of 10 and of half of them, and 100,000
/// stations crowded on a 7 x 7 grid (heavy ties) with every station asked for.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let wide = points(rng, n, 10_000);
    let crowded = points(rng, n, 3);
    vec![
        args![wide.clone(), 10_i64],
        args![wide, 50_000_i64],
        args![crowded, n as i64],
    ]
}
