pub fn reordered_pairs(sent_at: Vec<i64>) -> i64 {
    // Bottom-up merge sort; while merging, a right-half value taken before some left-half values
    // is smaller than all of them, and each such left value is an earlier packet sent later.
    let n = sent_at.len();
    let mut a = sent_at;
    let mut buf = vec![0_i64; n];
    let mut count: i64 = 0;
    let mut width = 1;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                // Equal values are not out of order: take the left one first.
                if a[i] <= a[j] {
                    buf[k] = a[i];
                    i += 1;
                } else {
                    buf[k] = a[j];
                    j += 1;
                    count += (mid - i) as i64;
                }
                k += 1;
            }
            buf[k..k + mid - i].copy_from_slice(&a[i..mid]);
            k += mid - i;
            buf[k..k + hi - j].copy_from_slice(&a[j..hi]);
        }
        std::mem::swap(&mut a, &mut buf);
        width *= 2;
    }
    count
}
