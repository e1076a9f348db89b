def min_capacity(weights: list[int], days: int) -> int:
    def days_needed(cap: int) -> int:
        # Load parcels in order; start a new day when the next one does not fit.
        used, load = 1, 0
        for w in weights:
            if load + w > cap:
                used += 1
                load = 0
            load += w
        return used

    # Feasibility is monotone in the capacity: binary search the least feasible one.
    lo, hi = max(weights), sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    return lo
