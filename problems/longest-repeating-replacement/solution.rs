pub fn longest_uniform(s: String, k: i64) -> i64 {
    let b = s.as_bytes();
    let mut count = [0i64; 26];
    // The largest count of one colour seen in any window so far.
    let mut top = 0;
    let mut left = 0;
    for right in 0..b.len() {
        let c = (b[right] - b'A') as usize;
        count[c] += 1;
        top = top.max(count[c]);
        if (right - left + 1) as i64 - top > k {
            // Too many repaints: slide the window instead of growing it.
            count[(b[left] - b'A') as usize] -= 1;
            left += 1;
        }
    }
    (b.len() - left) as i64
}
