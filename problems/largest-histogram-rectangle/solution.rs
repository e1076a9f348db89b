pub fn largest_rectangle(heights: Vec<i64>) -> i64 {
    let mut best = 0;
    // (first index it extends back to, height), heights strictly increasing bottom to top.
    let mut stack: Vec<(usize, i64)> = Vec::new();
    for (i, &h) in heights.iter().enumerate() {
        let mut start = i;
        while let Some(&(s, top)) = stack.last() {
            if top < h {
                break;
            }
            stack.pop();
            best = best.max(top * (i - s) as i64);
            start = s;
        }
        stack.push((start, h));
    }
    let n = heights.len();
    for (start, h) in stack {
        best = best.max(h * (n - start) as i64);
    }
    best
}
