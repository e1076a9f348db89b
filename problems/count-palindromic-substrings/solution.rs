pub fn count_mirror_stretches(s: String) -> i64 {
    let s = s.as_bytes();
    let n = s.len();
    let mut total = 0_i64;
    // 2n - 1 centres: on a character (odd lengths) or between two (even lengths).
    for centre in 0..(2 * n).saturating_sub(1) {
        let (mut lo, mut hi) = (centre / 2, centre.div_ceil(2));
        // Every step outwards that still matches is one more palindrome.
        while hi < n && s[lo] == s[hi] {
            total += 1;
            if lo == 0 {
                break;
            }
            lo -= 1;
            hi += 1;
        }
    }
    total
}
