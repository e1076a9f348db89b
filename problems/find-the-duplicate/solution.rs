pub fn find_duplicate(nums: Vec<i64>) -> i64 {
    // The walk 0 -> nums[0] -> ... enters a cycle whose entrance is the repeated value.
    let next = |i: usize| nums[i] as usize;
    let (mut slow, mut fast) = (next(0), next(next(0)));
    while slow != fast {
        slow = next(slow);
        fast = next(next(fast));
    }
    slow = 0;
    while slow != fast {
        slow = next(slow);
        fast = next(fast);
    }
    slow as i64
}
