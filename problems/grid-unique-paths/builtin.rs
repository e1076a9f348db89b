//! Robot Routes Through the Warehouse: the reference's binding and the large cases.

use crate::support::*;

function!(count_routes(grid: Vec<Vec<i64>>) -> i64);

/// Full-size 500 x 500 floors with astronomically many routes: one with a shelf on one cell in
/// twenty (never on the start or the goal), one with long shelf walls that each leave a gap, so
/// every route has to weave through the gaps.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 500;
    let mut sparse: Vec<Vec<i64>> = (0..n)
        .map(|_| (0..n).map(|_| i64::from(rng.usize(..20) == 0)).collect())
        .collect();
    sparse[0][0] = 0;
    sparse[n - 1][n - 1] = 0;
    let mut walls = vec![vec![0; n]; n];
    for r in (7..n - 1).step_by(7) {
        let gap = rng.usize(..n - 40);
        for (c, cell) in walls[r].iter_mut().enumerate() {
            if c < gap || c >= gap + 40 {
                *cell = 1;
            }
        }
    }
    vec![args![sparse], args![walls]]
}
