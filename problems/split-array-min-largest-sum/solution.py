def min_largest_part(pages: list[int], readers: int) -> int:
    def fits(limit: int) -> bool:
        # Greedy: give each reader chapters until the next one would pass the limit.
        used, load = 1, 0
        for p in pages:
            if load + p > limit:
                used += 1
                if used > readers:
                    return False
                load = 0
            load += p
        return True

    # Whether a limit can be met is monotone in the limit: binary search the least one.
    lo, hi = max(pages), sum(pages)
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
