pub fn first_missing_positive(mut nums: Vec<i64>) -> i64 {
    let n = nums.len() as i64;
    for i in 0..nums.len() {
        // Move the value here to its slot while it belongs to 1..n and the slot lacks it.
        while (1..=n).contains(&nums[i]) && nums[(nums[i] - 1) as usize] != nums[i] {
            let j = (nums[i] - 1) as usize;
            nums.swap(i, j);
        }
    }
    (1..=n)
        .find(|&k| nums[(k - 1) as usize] != k)
        .unwrap_or(n + 1)
}
