//! Largest Working Block on a Wafer: the reference's binding and the large cases.

use crate::support::*;

function!(largest_block(wafer: Vec<Vec<char>>) -> i64);

/// A `rows` by `cols` wafer where each die is defective with probability `defective` in 10,000.
fn wafer(rng: &mut Rng, rows: usize, cols: usize, defective: u32) -> Vec<Vec<char>> {
    (0..rows)
        .map(|_| {
            (0..cols)
                .map(|_| {
                    if rng.u32(..10_000) < defective {
                        '0'
                    } else {
                        '1'
                    }
                })
                .collect()
        })
        .collect()
}

/// 500 by 500 wafers, where growing a block down from every corner takes about 6 * 10^7 steps:
/// every die working (the answer is the whole wafer), a few defects, one die in ten defective,
/// and a striped wafer whose best block is one tall column pair.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let striped: Vec<Vec<char>> = (0..500)
        .map(|_| {
            (0..500)
                .map(|c| if c % 3 == 2 { '0' } else { '1' })
                .collect()
        })
        .collect();
    vec![
        args![wafer(rng, 500, 500, 0)],
        args![wafer(rng, 500, 500, 2)],
        args![wafer(rng, 500, 500, 1_000)],
        args![striped],
    ]
}
