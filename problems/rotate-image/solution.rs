pub fn rotate_clockwise(mut grid: Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    let n = grid.len();
    // Reflect across the main diagonal: swap row i's tail with column i below the diagonal...
    for i in 0..n {
        let (upper, lower) = grid.split_at_mut(i + 1);
        let row = &mut upper[i];
        for (k, below) in lower.iter_mut().enumerate() {
            std::mem::swap(&mut row[i + 1 + k], &mut below[i]);
        }
    }
    // ...then mirror each row left to right.
    for row in &mut grid {
        let (mut lo, mut hi) = (0, n - 1);
        while lo < hi {
            row.swap(lo, hi);
            lo += 1;
            hi -= 1;
        }
    }
    grid
}
