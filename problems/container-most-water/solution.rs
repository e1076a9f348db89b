pub fn max_water(heights: Vec<i64>) -> i64 {
    let (mut lo, mut hi) = (0, heights.len() - 1);
    let mut best = 0;
    while lo < hi {
        let width = (hi - lo) as i64;
        let area = if heights[lo] <= heights[hi] {
            lo += 1;
            width * heights[lo - 1]
        } else {
            hi -= 1;
            width * heights[hi + 1]
        };
        best = best.max(area);
    }
    best
}
