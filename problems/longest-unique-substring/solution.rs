pub fn longest_distinct_run(s: String) -> i64 {
    // last[c] is one past the last index where byte c was seen (0: not seen yet).
    let mut last = [0usize; 128];
    let (mut left, mut best) = (0, 0);
    for (right, &c) in s.as_bytes().iter().enumerate() {
        let c = c as usize;
        left = left.max(last[c]);
        last[c] = right + 1;
        best = best.max(right + 1 - left);
    }
    best as i64
}
