pub fn pair_with_target_sum(nums: Vec<i64>, target: i64) -> Vec<i64> {
    let (mut lo, mut hi) = (0, nums.len() - 1);
    while lo < hi {
        let s = nums[lo] + nums[hi];
        if s == target {
            return vec![lo as i64, hi as i64];
        }
        if s > target {
            hi -= 1;
        } else {
            lo += 1;
        }
    }
    Vec::new()
}
