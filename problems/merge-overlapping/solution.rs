pub fn merge_overlapping(windows: Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    let mut pairs: Vec<(i64, i64)> = windows.iter().map(|w| (w[0], w[1])).collect();
    pairs.sort_unstable();
    let mut merged: Vec<(i64, i64)> = Vec::new();
    for (start, end) in pairs {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged.into_iter().map(|(s, e)| vec![s, e]).collect()
}
