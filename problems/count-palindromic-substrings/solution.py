def count_mirror_stretches(s: str) -> int:
    n = len(s)
    total = 0
    # 2n - 1 centres: on a character (odd lengths) or between two (even lengths).
    for centre in range(2 * n - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        # Every step outwards that still matches is one more palindrome.
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            total += 1
            lo -= 1
            hi += 1
    return total
