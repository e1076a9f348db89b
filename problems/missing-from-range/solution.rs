pub fn missing_number(nums: Vec<i64>) -> i64 {
    let n = nums.len() as i64;
    (0..n).zip(&nums).fold(n, |x, (i, &v)| x ^ i ^ v)
}
