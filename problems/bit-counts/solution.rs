pub fn bit_counts(n: i64) -> Vec<i64> {
    let n = n as usize;
    let mut counts = vec![0i64; n + 1];
    for i in 1..=n {
        counts[i] = counts[i >> 1] + (i & 1) as i64;
    }
    counts
}
