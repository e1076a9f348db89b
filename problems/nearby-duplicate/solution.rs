use std::collections::HashMap;

pub fn nearby_duplicate(nums: Vec<i64>, k: i64) -> bool {
    let mut last_seen: HashMap<i64, usize> = HashMap::with_capacity(nums.len());
    for (i, &x) in nums.iter().enumerate() {
        if let Some(j) = last_seen.insert(x, i)
            && (i - j) as i64 <= k
        {
            return true;
        }
    }
    false
}
