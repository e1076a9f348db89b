pub fn fewest_removals(bookings: Vec<Vec<i64>>) -> i64 {
    let mut by_end: Vec<(i64, i64)> = bookings.iter().map(|b| (b[1], b[0])).collect();
    by_end.sort_unstable();
    let mut kept = 0;
    let mut last_end = i64::MIN;
    for (end, start) in by_end {
        if start >= last_end {
            kept += 1;
            last_end = end;
        }
    }
    bookings.len() as i64 - kept
}
