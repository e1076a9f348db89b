pub fn max_removal_score(values: Vec<i64>) -> i64 {
    let mut a = Vec::with_capacity(values.len() + 2);
    a.push(1);
    a.extend(values);
    a.push(1);
    let m = a.len();
    // best[l][r] = the most points from removing every tile strictly between l and r, while
    // l and r stay in place.
    let mut best = vec![vec![0_i64; m]; m];
    for gap in 2..m {
        for left in 0..m - gap {
            let right = left + gap;
            let edge = a[left] * a[right];
            // k is the LAST tile removed between them: its neighbours are then left and right.
            best[left][right] = (left + 1..right)
                .map(|k| best[left][k] + best[k][right] + edge * a[k])
                .max()
                .unwrap_or(0);
        }
    }
    best[0][m - 1]
}
