pub fn token_bucket(
    times: Vec<i64>,
    costs: Vec<i64>,
    capacity: i64,
    refill: i64,
    period: i64,
) -> Vec<bool> {
    // Count in 1/period of a token so that refilling refill/period tokens a unit stays integral.
    let full = capacity * period;
    let mut level = full; // the bucket is full at time 0
    let mut last = 0;
    times
        .iter()
        .zip(&costs)
        .map(|(&t, &cost)| {
            level = full.min(level + (t - last) * refill); // lazy refill since the last request
            last = t;
            let need = cost * period;
            // A rejected request takes nothing.
            let ok = level >= need;
            if ok {
                level -= need;
            }
            ok
        })
        .collect()
}
