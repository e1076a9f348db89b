pub fn majority_element(nums: Vec<i64>) -> i64 {
    let (mut candidate, mut lead) = (0, 0);
    for x in nums {
        if lead == 0 {
            candidate = x;
        }
        lead += if x == candidate { 1 } else { -1 };
    }
    candidate
}
