pub fn min_route_cost(grid: Vec<Vec<i64>>) -> i64 {
    // best[c] = the cheapest route cost to cell (r, c) of the current row r.
    let mut best = vec![0_i64; grid[0].len()];
    for (r, row) in grid.iter().enumerate() {
        for (c, &cost) in row.iter().enumerate() {
            best[c] = cost
                + match (r, c) {
                    (0, 0) => 0,
                    (0, _) => best[c - 1],         // only from the left
                    (_, 0) => best[c],             // only from above
                    _ => best[c].min(best[c - 1]), // above or left
                };
        }
    }
    best[best.len() - 1]
}
