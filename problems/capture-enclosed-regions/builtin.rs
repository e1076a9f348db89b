//! Capture Enclosed Regions: the reference's binding and the large cases.

use crate::support::*;

function!(capture_regions(board: Vec<Vec<char>>) -> Vec<Vec<char>>);

fn board(open: &[Vec<bool>]) -> Vec<Vec<char>> {
    open.iter()
        .map(|row| row.iter().map(|&o| if o { 'O' } else { 'X' }).collect())
        .collect()
}

/// 500 x 500 boards. A wall around the edge enclosing one open area of 498 x 498: a search per
/// open cell walks the whole area 248,004 times. The same area with one gap in the wall, so all
/// of it escapes. A winding corridor that reaches the edge at one end only. Then random boards with
/// two thirds and one half open cells.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 500;
    let inner = |r: usize, c: usize| r > 0 && r < n - 1 && c > 0 && c < n - 1;
    let walled: Vec<Vec<bool>> = (0..n)
        .map(|r| (0..n).map(|c| inner(r, c)).collect())
        .collect();
    let mut gap = walled.clone();
    gap[0][n / 2] = true;
    // Corridor rows 1, 3, 5, ... joined at alternate ends, inside a wall except at (0, 1).
    let mut snake = vec![vec![false; n]; n];
    for (r, row) in snake.iter_mut().enumerate().take(n - 1).skip(1) {
        if r % 2 == 1 {
            row[1..n - 1].fill(true);
        } else if r % 4 == 2 {
            row[n - 2] = true;
        } else {
            row[1] = true;
        }
    }
    snake[0][1] = true;
    let dense: Vec<Vec<bool>> = (0..n)
        .map(|_| (0..n).map(|_| rng.usize(..3) > 0).collect())
        .collect();
    let half: Vec<Vec<bool>> = (0..n)
        .map(|_| (0..n).map(|_| rng.bool()).collect())
        .collect();
    vec![
        args![board(&walled)],
        args![board(&gap)],
        args![board(&snake)],
        args![board(&dense)],
        args![board(&half)],
    ]
}
