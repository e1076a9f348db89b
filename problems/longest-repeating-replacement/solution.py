def longest_uniform(s: str, k: int) -> int:
    count = [0] * 26
    top = 0  # the largest count of one colour seen in any window so far
    left = 0
    for right, ch in enumerate(s):
        c = ord(ch) - ord("A")
        count[c] += 1
        if count[c] > top:
            top = count[c]
        if right - left + 1 - top > k:
            # Too many repaints: slide the window instead of growing it.
            count[ord(s[left]) - ord("A")] -= 1
            left += 1
    return len(s) - left
