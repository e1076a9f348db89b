pub fn minutes_to_rot(mut grid: Vec<Vec<i64>>) -> i64 {
    let (rows, cols) = (grid.len(), grid[0].len());
    let mut frontier = Vec::new();
    let mut fresh = 0;
    for r in 0..rows {
        for c in 0..cols {
            match grid[r][c] {
                1 => fresh += 1,
                2 => frontier.push((r, c)),
                _ => {}
            }
        }
    }
    let mut minutes = 0;
    // Breadth-first from every rotten fruit at once, one layer per minute.
    while !frontier.is_empty() && fresh > 0 {
        minutes += 1;
        let mut next = Vec::new();
        for &(r, c) in &frontier {
            let neighbours = [
                (r.wrapping_sub(1), c),
                (r + 1, c),
                (r, c.wrapping_sub(1)),
                (r, c + 1),
            ];
            for (nr, nc) in neighbours {
                if nr < rows && nc < cols && grid[nr][nc] == 1 {
                    grid[nr][nc] = 2;
                    fresh -= 1;
                    next.push((nr, nc));
                }
            }
        }
        frontier = next;
    }
    if fresh > 0 { -1 } else { minutes }
}
