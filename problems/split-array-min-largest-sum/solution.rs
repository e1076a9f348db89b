pub fn min_largest_part(pages: Vec<i64>, readers: i64) -> i64 {
    // Greedy: give each reader chapters until the next one would pass the limit.
    let fits = |limit: i64| {
        let (mut used, mut load) = (1, 0);
        for &p in &pages {
            if load + p > limit {
                used += 1;
                if used > readers {
                    return false;
                }
                load = 0;
            }
            load += p;
        }
        true
    };
    // Whether a limit can be met is monotone in the limit: binary search the least one.
    let mut lo = pages.iter().copied().max().unwrap_or(0);
    let mut hi: i64 = pages.iter().sum();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if fits(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}
