pub fn min_start_charge(grid: Vec<Vec<i64>>) -> i64 {
    let cols = grid[0].len();
    // need[j]: the least charge needed just before entering (row below, j); need[cols] is outside.
    // Under the last row, only the cell below the goal leads on: after the goal, 1 is enough.
    let mut need = vec![i64::MAX / 2; cols + 1];
    need[cols - 1] = 1;
    for row in grid.iter().rev() {
        for j in (0..cols).rev() {
            need[j] = (need[j].min(need[j + 1]) - row[j]).max(1);
        }
    }
    need[0]
}
