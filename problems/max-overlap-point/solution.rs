pub fn max_overlap(sessions: Vec<Vec<i64>>) -> i64 {
    let mut starts: Vec<i64> = sessions.iter().map(|s| s[0]).collect();
    let mut ends: Vec<i64> = sessions.iter().map(|s| s[1]).collect();
    starts.sort_unstable();
    ends.sort_unstable();
    let (mut best, mut ended) = (0, 0);
    for (i, &s) in starts.iter().enumerate() {
        // Sessions that ended strictly before s no longer cover it; one that ends at s still does.
        while ends[ended] < s {
            ended += 1;
        }
        best = best.max(i + 1 - ended);
    }
    best as i64
}
