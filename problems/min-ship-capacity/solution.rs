pub fn min_capacity(weights: Vec<i64>, days: i64) -> i64 {
    // Load parcels in order; start a new day when the next one does not fit.
    let days_needed = |cap: i64| {
        let (mut used, mut load) = (1, 0);
        for &w in &weights {
            if load + w > cap {
                used += 1;
                load = 0;
            }
            load += w;
        }
        used
    };
    // Feasibility is monotone in the capacity: binary search the least feasible one.
    let mut lo = weights.iter().copied().max().unwrap_or(0);
    let mut hi: i64 = weights.iter().sum();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if days_needed(mid) <= days {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}
