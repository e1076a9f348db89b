pub fn kth_smallest(matrix: Vec<Vec<i64>>, k: i64) -> i64 {
    let (m, n) = (matrix.len(), matrix[0].len());
    // How many prices are at most x: a staircase from the bottom-left corner.
    let count_at_most = |x: i64| -> i64 {
        let (mut row, mut col, mut count) = (m, 0, 0);
        while row > 0 && col < n {
            if matrix[row - 1][col] <= x {
                count += row as i64;
                col += 1;
            } else {
                row -= 1;
            }
        }
        count
    };
    let (mut lo, mut hi) = (matrix[0][0], matrix[m - 1][n - 1]);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if count_at_most(mid) >= k {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}
