pub struct RangeSum {
    /// prefix[i] = nums[0] + ... + nums[i - 1]; prefix[0] = 0.
    prefix: Vec<i64>,
}

impl RangeSum {
    pub fn new(nums: Vec<i64>) -> Self {
        let mut prefix = Vec::with_capacity(nums.len() + 1);
        prefix.push(0);
        let mut total = 0;
        for x in nums {
            total += x;
            prefix.push(total);
        }
        RangeSum { prefix }
    }

    pub fn sum_range(&self, left: i64, right: i64) -> i64 {
        self.prefix[right as usize + 1] - self.prefix[left as usize]
    }
}
