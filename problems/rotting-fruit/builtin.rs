//! Rotting Fruit: the reference's binding and the large cases.

use crate::support::*;

function!(minutes_to_rot(grid: Vec<Vec<i64>>) -> i64);

/// 500 x 500 crates where a minute-by-minute rescan of the crate takes over 10^10 steps: a
/// winding corridor of fruit (rows joined at alternate ends, empty cells between) with one
/// rotten fruit at the end, which takes about 125,000 minutes; and a full crate of fresh fruit
/// with rotten fruit in three corners, with one fresh fruit walled off by empty cells (-1 only
/// at the very end).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 500;
    let mut snake = vec![vec![0_i64; n]; n];
    for (r, row) in snake.iter_mut().enumerate() {
        if r % 2 == 0 {
            row.fill(1);
        } else if r % 4 == 1 {
            row[n - 1] = 1;
        } else {
            row[0] = 1;
        }
    }
    snake[0][0] = 2;
    let mut full = vec![vec![1_i64; n]; n];
    full[0][0] = 2;
    full[0][n - 1] = 2;
    full[n - 1][0] = 2;
    // A fresh fruit in the far corner, sealed off by empty cells.
    full[n - 1][n - 2] = 0;
    full[n - 2][n - 1] = 0;
    full[n - 2][n - 2] = 0;
    // A few random empty cells elsewhere.
    for _ in 0..1_000 {
        let (r, c) = (rng.usize(1..n - 3), rng.usize(1..n - 3));
        full[r][c] = 0;
    }
    vec![args![snake], args![full]]
}
