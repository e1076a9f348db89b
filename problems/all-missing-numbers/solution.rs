pub fn all_missing_numbers(mut nums: Vec<i64>) -> Vec<i64> {
    for i in 0..nums.len() {
        // Swap the value here to its home until the home already holds it.
        while nums[i] != nums[(nums[i] - 1) as usize] {
            let j = (nums[i] - 1) as usize;
            nums.swap(i, j);
        }
    }
    (1..=nums.len() as i64)
        .filter(|&k| nums[(k - 1) as usize] != k)
        .collect()
}
