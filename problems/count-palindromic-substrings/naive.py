def count_mirror_stretches(s: str) -> int:
    """Checks every stretch from both ends inwards: O(n^2) stretches, each O(n) to check."""
    n = len(s)
    total = 0
    for i in range(n):
        for j in range(i, n):
            lo, hi = i, j
            while lo < hi and s[lo] == s[hi]:
                lo += 1
                hi -= 1
            if lo >= hi:
                total += 1
    return total
