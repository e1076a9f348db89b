def integer_sqrt(x: int) -> int:
    # The answer is the last r with r * r <= x; it is at most 2^31 because x <= 2^62.
    lo, hi = 0, min(x, 1 << 31)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= x:
            lo = mid
        else:
            hi = mid - 1
    return lo
