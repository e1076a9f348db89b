pub fn smallest_last_stone(stones: Vec<i64>) -> i64 {
    let total: i64 = stones.iter().sum();
    let half = (total / 2) as usize;
    // reachable[s]: some subset of the stones seen so far weighs s.
    let mut reachable = vec![false; half + 1];
    reachable[0] = true;
    for &x in &stones {
        let x = x as usize;
        for s in (x..=half).rev() {
            if reachable[s - x] {
                reachable[s] = true;
            }
        }
    }
    let best = (0..=half).rev().find(|&s| reachable[s]).unwrap_or(0) as i64;
    total - 2 * best
}
