use std::collections::HashSet;

pub fn longest_consecutive_run(nums: Vec<i64>) -> i64 {
    let values: HashSet<i64> = nums.into_iter().collect();
    let mut best = 0;
    for &x in &values {
        if values.contains(&(x - 1)) {
            continue; // not the start of a run: its run is counted from its start
        }
        let mut end = x;
        while values.contains(&(end + 1)) {
            end += 1;
        }
        best = best.max(end - x + 1);
    }
    best
}
