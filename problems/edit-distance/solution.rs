pub fn edit_distance(source: String, target: String) -> i64 {
    // Keep the row over the shorter string; the distance is symmetric.
    let (mut a, mut b) = (source.as_bytes(), target.as_bytes());
    if a.len() < b.len() {
        std::mem::swap(&mut a, &mut b);
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, &x) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j]
            } else {
                1 + prev[j].min(prev[j + 1]).min(cur[j])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] as i64
}
