pub fn longest_climb(elevation: Vec<Vec<i64>>) -> i64 {
    let (rows, cols) = (elevation.len(), elevation[0].len());
    // Handle cells from the highest down: every strictly higher neighbour is then final.
    let mut cells: Vec<(i64, usize, usize)> = (0..rows)
        .flat_map(|r| (0..cols).map(move |c| (r, c)))
        .map(|(r, c)| (elevation[r][c], r, c))
        .collect();
    cells.sort_unstable_by(|a, b| b.cmp(a));
    let mut longest = vec![vec![1_i64; cols]; rows]; // longest climb starting at each cell
    let mut best = 0;
    for (h, r, c) in cells {
        let mut here = 1;
        let neighbours = [
            (r.wrapping_sub(1), c),
            (r + 1, c),
            (r, c.wrapping_sub(1)),
            (r, c + 1),
        ];
        for (nr, nc) in neighbours {
            // A wrapped-around index is huge, so one bounds check covers both edges.
            if nr < rows && nc < cols && elevation[nr][nc] > h {
                here = here.max(longest[nr][nc] + 1);
            }
        }
        longest[r][c] = here;
        best = best.max(here);
    }
    best
}
