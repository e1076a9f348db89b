use std::collections::HashMap;

pub fn count_subarrays_with_sum(nums: Vec<i64>, k: i64) -> i64 {
    // seen[p] = how many prefixes so far have sum p; the empty prefix has sum 0.
    let mut seen: HashMap<i64, i64> = HashMap::with_capacity(nums.len() + 1);
    seen.insert(0, 1);
    let (mut total, mut count) = (0, 0);
    for x in nums {
        total += x;
        count += seen.get(&(total - k)).copied().unwrap_or(0);
        *seen.entry(total).or_insert(0) += 1;
    }
    count
}
