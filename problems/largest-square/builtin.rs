//! Largest Square Solar Panel: the reference's binding and the large cases.

use crate::support::*;

/// A `rows` by `cols` roof where each cell is blocked with probability `blocked` in 10,000.
fn roof(rng: &mut Rng, rows: usize, cols: usize, blocked: u32) -> Vec<Vec<char>> {
    (0..rows)
        .map(|_| {
            (0..cols)
                .map(|_| {
                    if rng.u32(..10_000) < blocked {
                        '0'
                    } else {
                        '1'
                    }
                })
                .collect()
        })
        .collect()
}

function!(largest_square(roof: Vec<Vec<char>>) -> i64);

/// 500 by 500 roofs: one with about 25 blocked cells, where growing a square from every cell
/// checks squares of side in the hundreds (billions of cell checks), and one with one cell in
/// fifty blocked.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    vec![
        args![roof(rng, 500, 500, 1)],
        args![roof(rng, 500, 500, 200)],
    ]
}
