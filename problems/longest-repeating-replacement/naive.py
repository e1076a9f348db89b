def longest_uniform(s: str, k: int) -> int:
    best = 0
    for i in range(len(s)):
        count = [0] * 26
        top = 0
        for j in range(i, len(s)):
            c = ord(s[j]) - ord("A")
            count[c] += 1
            top = max(top, count[c])
            if j - i + 1 - top > k:
                break  # a longer stretch from i needs even more repaints
            best = max(best, j - i + 1)
    return best
