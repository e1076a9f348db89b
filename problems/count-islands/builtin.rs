//! Count the Islands: the reference's binding and the large cases.

use crate::support::*;

function!(count_islands(grid: Vec<Vec<char>>) -> i64);

fn grid(land: &[Vec<bool>]) -> Vec<Vec<char>> {
    land.iter()
        .map(|row| row.iter().map(|&l| if l { '1' } else { '0' }).collect())
        .collect()
}

/// 500 x 500 images: one island that winds through the whole image (rows of land joined at
/// alternate ends), where spreading labels sweep by sweep takes tens of thousands of sweeps; and
/// random land (half the cells) with thousands of islands of every shape.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 500;
    let mut snake = vec![vec![false; n]; n];
    for (r, row) in snake.iter_mut().enumerate() {
        if r % 2 == 0 {
            row.fill(true);
        } else if r % 4 == 1 {
            row[n - 1] = true;
        } else {
            row[0] = true;
        }
    }
    let random: Vec<Vec<bool>> = (0..n)
        .map(|_| (0..n).map(|_| rng.bool()).collect())
        .collect();
    vec![args![grid(&snake)], args![grid(&random)]]
}
