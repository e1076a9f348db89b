pub fn trapped_water(heights: Vec<i64>) -> i64 {
    let (mut lo, mut hi) = (0, heights.len());
    let (mut left_max, mut right_max) = (0, 0);
    let mut total = 0;
    // The columns not yet settled are lo..hi.
    while lo < hi {
        if left_max <= right_max {
            left_max = left_max.max(heights[lo]);
            total += left_max - heights[lo];
            lo += 1;
        } else {
            hi -= 1;
            right_max = right_max.max(heights[hi]);
            total += right_max - heights[hi];
        }
    }
    total
}
