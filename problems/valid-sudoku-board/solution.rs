pub fn is_valid_board(board: Vec<Vec<i64>>) -> bool {
    let n = board.len();
    let mut b = 0;
    while b * b < n {
        b += 1;
    }
    // Groups 0..n are the rows, n..2n the columns, 2n..3n the boxes; each has a slot per number.
    let mut seen = vec![false; 3 * n * (n + 1)];
    for (r, row) in board.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            if v == 0 {
                continue;
            }
            let boxed = (r / b) * b + c / b;
            for group in [r, n + c, 2 * n + boxed] {
                let slot = group * (n + 1) + v as usize;
                if seen[slot] {
                    return false;
                }
                seen[slot] = true;
            }
        }
    }
    true
}
