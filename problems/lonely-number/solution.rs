pub fn lonely_number(nums: Vec<i64>) -> i64 {
    nums.iter().fold(0, |acc, &x| acc ^ x)
}
