def longest_distinct_run(s: str) -> int:
    last: dict[str, int] = {}  # the last index where each character was seen
    left = best = 0
    for right, c in enumerate(s):
        if last.get(c, -1) >= left:
            left = last[c] + 1
        last[c] = right
        if right - left + 1 > best:
            best = right - left + 1
    return best
