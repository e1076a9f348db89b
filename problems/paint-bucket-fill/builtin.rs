//! Paint Bucket: the reference's binding and the large cases.

use crate::support::*;

function!(paint_bucket(image: Vec<Vec<i64>>, row: i64, col: i64, colour: i64) -> Vec<Vec<i64>>);

/// 400 x 400 images. A winding corridor of colour 1 (rows joined at alternate ends) on colour 0,
/// filled from its far end: a fill that spreads one sweep of the image at a time needs tens of
/// thousands of sweeps. A random image of three colours filled from the middle. A one-colour
/// image filled with a new colour (every cell changes), and the same image filled with its own
/// colour (nothing changes).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 400;
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
    let random: Vec<Vec<i64>> = (0..n).map(|_| ints(rng, n, 0, 2)).collect();
    let plain = vec![vec![7_i64; n]; n];
    let last = (n - 1) as i64;
    vec![
        args![snake, last, 0_i64, 2_i64],
        args![random, 200_i64, 200_i64, 5_i64],
        args![plain.clone(), 0_i64, last, 1_000_000_000_i64],
        args![plain, 123_i64, 321_i64, 7_i64],
    ]
}
