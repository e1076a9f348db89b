pub fn integer_sqrt(x: i64) -> i64 {
    // The answer is the last r with r * r <= x. Since x <= 2^62, it is at most 2^31, and
    // capping `hi` there keeps mid * mid <= 2^62, inside an i64.
    let (mut lo, mut hi) = (0_i64, x.min(1 << 31));
    while lo < hi {
        let mid = lo + (hi - lo + 1) / 2;
        if mid * mid <= x {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}
