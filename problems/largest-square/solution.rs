pub fn largest_square(roof: Vec<Vec<char>>) -> i64 {
    let cols = roof[0].len();
    let mut best = 0;
    // prev[j + 1] is the side of the largest square ending at (row above, j); index 0 is a border.
    let mut prev = vec![0i64; cols + 1];
    let mut cur = vec![0i64; cols + 1];
    for row in &roof {
        for (j, &cell) in row.iter().enumerate() {
            cur[j + 1] = if cell == '1' {
                1 + prev[j + 1].min(prev[j]).min(cur[j])
            } else {
                0
            };
            best = best.max(cur[j + 1]);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best * best
}
