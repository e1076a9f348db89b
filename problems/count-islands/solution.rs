pub fn count_islands(grid: Vec<Vec<char>>) -> i64 {
    let (rows, cols) = (grid.len(), grid[0].len());
    let mut seen = vec![vec![false; cols]; rows];
    let mut islands = 0;
    let mut stack = Vec::new();
    for r0 in 0..rows {
        for c0 in 0..cols {
            if grid[r0][c0] != '1' || seen[r0][c0] {
                continue;
            }
            // A new island: mark all of it with an explicit stack.
            islands += 1;
            seen[r0][c0] = true;
            stack.push((r0, c0));
            while let Some((r, c)) = stack.pop() {
                let neighbours = [
                    (r.wrapping_sub(1), c),
                    (r + 1, c),
                    (r, c.wrapping_sub(1)),
                    (r, c + 1),
                ];
                for (nr, nc) in neighbours {
                    if nr < rows && nc < cols && grid[nr][nc] == '1' && !seen[nr][nc] {
                        seen[nr][nc] = true;
                        stack.push((nr, nc));
                    }
                }
            }
        }
    }
    islands
}
