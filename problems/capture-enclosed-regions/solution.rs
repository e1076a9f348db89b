pub fn capture_regions(mut board: Vec<Vec<char>>) -> Vec<Vec<char>> {
    let (rows, cols) = (board.len(), board[0].len());
    // Mark every open cell that reaches the edge, searching inwards from the edge cells.
    let mut free = vec![vec![false; cols]; rows];
    let mut stack = Vec::new();
    for r in 0..rows {
        for c in 0..cols {
            let edge = r == 0 || r == rows - 1 || c == 0 || c == cols - 1;
            if edge && board[r][c] == 'O' {
                free[r][c] = true;
                stack.push((r, c));
            }
        }
    }
    while let Some((r, c)) = stack.pop() {
        let neighbours = [
            (r.wrapping_sub(1), c),
            (r + 1, c),
            (r, c.wrapping_sub(1)),
            (r, c + 1),
        ];
        for (nr, nc) in neighbours {
            if nr < rows && nc < cols && board[nr][nc] == 'O' && !free[nr][nc] {
                free[nr][nc] = true;
                stack.push((nr, nc));
            }
        }
    }
    // Every other open cell is enclosed.
    for (row, free_row) in board.iter_mut().zip(&free) {
        for (cell, &f) in row.iter_mut().zip(free_row) {
            if *cell == 'O' && !f {
                *cell = 'X';
            }
        }
    }
    board
}
