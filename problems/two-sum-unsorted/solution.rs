use std::collections::HashMap;

pub fn pair_indices(nums: Vec<i64>, target: i64) -> Vec<i64> {
    let mut seen: HashMap<i64, usize> = HashMap::with_capacity(nums.len());
    for (j, &x) in nums.iter().enumerate() {
        if let Some(&i) = seen.get(&(target - x)) {
            return vec![i as i64, j as i64];
        }
        seen.insert(x, j);
    }
    Vec::new()
}
