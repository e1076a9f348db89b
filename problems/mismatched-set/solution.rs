pub fn mismatched_set(mut nums: Vec<i64>) -> Vec<i64> {
    for i in 0..nums.len() {
        // Swap the value here to its home until the home already holds it.
        while nums[i] != nums[(nums[i] - 1) as usize] {
            let j = (nums[i] - 1) as usize;
            nums.swap(i, j);
        }
    }
    (0..nums.len())
        .find(|&i| nums[i] != i as i64 + 1)
        .map_or_else(Vec::new, |i| vec![nums[i], i as i64 + 1])
}
