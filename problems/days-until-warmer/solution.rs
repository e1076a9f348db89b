pub fn days_until_warmer(temps: Vec<i64>) -> Vec<i64> {
    let mut wait = vec![0; temps.len()];
    // Days still waiting for a warmer one; their temperatures are non-increasing.
    let mut pending: Vec<usize> = Vec::new();
    for (day, &t) in temps.iter().enumerate() {
        while let Some(&earlier) = pending.last() {
            if temps[earlier] >= t {
                break;
            }
            pending.pop();
            wait[earlier] = (day - earlier) as i64;
        }
        pending.push(day);
    }
    wait
}
