pub fn longest_shared_subsequence(a: String, b: String) -> i64 {
    let (a, b) = if b.len() > a.len() { (b, a) } else { (a, b) };
    let b = b.as_bytes();
    let mut prev = vec![0i64; b.len() + 1];
    let mut cur = vec![0i64; b.len() + 1];
    for &ca in a.as_bytes() {
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = if ca == cb {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}
