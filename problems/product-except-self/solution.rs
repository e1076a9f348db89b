pub fn product_except_self(nums: Vec<i64>) -> Vec<i64> {
    let n = nums.len();
    let mut out = vec![1; n];
    // out[i] = product of everything left of i, then times everything right of i.
    let mut left = 1;
    for i in 0..n {
        out[i] = left;
        left *= nums[i];
    }
    let mut right = 1;
    for i in (0..n).rev() {
        out[i] *= right;
        right *= nums[i];
    }
    out
}
