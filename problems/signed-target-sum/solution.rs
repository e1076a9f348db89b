pub fn count_sign_choices(nums: Vec<i64>, target: i64) -> i64 {
    let total: i64 = nums.iter().sum();
    // The numbers given a plus sign sum to P, the others to total - P, and
    // P - (total - P) = target, so P = (total + target) / 2.
    if target.abs() > total || (total + target) % 2 != 0 {
        return 0;
    }
    let plus = ((total + target) / 2) as usize;
    // ways[s]: subsets of the numbers so far summing to s.
    let mut ways = vec![0i64; plus + 1];
    ways[0] = 1;
    for &x in &nums {
        let x = x as usize;
        for s in (x..=plus).rev() {
            ways[s] += ways[s - x];
        }
    }
    ways[plus]
}
