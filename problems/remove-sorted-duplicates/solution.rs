pub fn compact_sorted(mut nums: Vec<i64>) -> Vec<i64> {
    if nums.is_empty() {
        return nums;
    }
    let mut write = 1;
    for read in 1..nums.len() {
        if nums[read] != nums[write - 1] {
            nums[write] = nums[read];
            write += 1;
        }
    }
    nums.truncate(write);
    nums
}
