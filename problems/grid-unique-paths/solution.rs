const MOD: i64 = 1_000_000_007;

pub fn count_routes(grid: Vec<Vec<i64>>) -> i64 {
    let n = grid[0].len();
    let mut ways = vec![0; n];
    ways[0] = 1;
    for row in &grid {
        let mut left = 0;
        for (c, &cell) in row.iter().enumerate() {
            left = if cell == 1 { 0 } else { (ways[c] + left) % MOD };
            ways[c] = left;
        }
    }
    ways[n - 1]
}
