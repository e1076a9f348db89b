pub fn max_booking_fees(bookings: Vec<Vec<i64>>) -> i64 {
    // Sort by end time; best[k] is the most the first k bookings (in that order) can earn.
    let mut order: Vec<(i64, i64, i64)> = bookings.iter().map(|b| (b[0], b[1], b[2])).collect();
    order.sort_unstable_by_key(|&(_, end, _)| end);
    let mut best = vec![0_i64; order.len() + 1];
    for (k, &(start, _, fee)) in order.iter().enumerate() {
        // Bookings that end by `start` are a prefix of the order: find its length.
        let fits = order[..k].partition_point(|&(_, end, _)| end <= start);
        best[k + 1] = best[k].max(best[fits] + fee);
    }
    best[order.len()]
}
