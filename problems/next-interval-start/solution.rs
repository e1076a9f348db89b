pub fn next_interval(intervals: Vec<Vec<i64>>) -> Vec<i64> {
    // Starts in increasing order, each with the index of its interval.
    let mut starts: Vec<(i64, usize)> = intervals
        .iter()
        .enumerate()
        .map(|(i, iv)| (iv[0], i))
        .collect();
    starts.sort_unstable();
    intervals
        .iter()
        .map(|iv| {
            let k = starts.partition_point(|&(s, _)| s < iv[1]);
            starts.get(k).map_or(-1, |&(_, i)| i as i64)
        })
        .collect()
}
