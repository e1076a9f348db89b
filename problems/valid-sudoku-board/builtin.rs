//! Sudoku Board Validator: the reference's binding and the large cases.

use crate::support::*;

function!(is_valid_board(board: Vec<Vec<i64>>) -> bool);

/// A shuffled order of `0..b*b` that keeps each band of `b` lines together.
fn line_order(rng: &mut Rng, b: usize) -> Vec<usize> {
    let mut bands: Vec<usize> = (0..b).collect();
    rng.shuffle(&mut bands);
    let mut order = Vec::with_capacity(b * b);
    for band in bands {
        let mut lines: Vec<usize> = (band * b..band * b + b).collect();
        rng.shuffle(&mut lines);
        order.extend(lines);
    }
    order
}

/// A completely filled consistent board of side `b * b`: the classic shifted pattern with its
/// numbers relabelled and its rows and columns shuffled within their bands.
fn full_board(rng: &mut Rng, b: usize) -> Vec<Vec<i64>> {
    let n = b * b;
    let mut label: Vec<i64> = (1..).take(n).collect();
    rng.shuffle(&mut label);
    let rows = line_order(rng, b);
    let cols = line_order(rng, b);
    rows.iter()
        .map(|&r| {
            cols.iter()
                .map(|&c| label[((r % b) * b + r / b + c) % n])
                .collect()
        })
        .collect()
}

/// Boards of side 625 (390,625 cells), where looking through a cell's row, column and box for
/// every cell costs hundreds of millions of steps: a consistent board with 70% of the cells
/// filled, and a full one whose only conflict is the last cell.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let b = 25;
    let mut sparse = full_board(rng, b);
    for row in &mut sparse {
        for cell in row.iter_mut() {
            if rng.u8(..10) < 3 {
                *cell = 0;
            }
        }
    }
    let mut clash = full_board(rng, b);
    let n = b * b;
    clash[n - 1][n - 1] = clash[n - 2][n - 2];
    vec![args![sparse], args![clash]]
}
