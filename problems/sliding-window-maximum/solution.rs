use std::collections::VecDeque;

pub fn window_maxima(nums: Vec<i64>, k: i64) -> Vec<i64> {
    let k = k as usize;
    // Indices in the window, their values strictly decreasing from front to back.
    let mut candidates: VecDeque<usize> = VecDeque::new();
    let mut maxima = Vec::with_capacity(nums.len() + 1 - k);
    for (i, &x) in nums.iter().enumerate() {
        while candidates.back().is_some_and(|&j| nums[j] <= x) {
            candidates.pop_back();
        }
        candidates.push_back(i);
        if candidates[0] + k <= i {
            candidates.pop_front();
        }
        if i + 1 >= k {
            maxima.push(nums[candidates[0]]);
        }
    }
    maxima
}
