def longest_shared_subsequence(a: str, b: str) -> int:
    if len(b) > len(a):
        a, b = b, a  # rows over the longer string, columns over the shorter
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        left = 0
        for j, cb in enumerate(b):
            if ca == cb:
                left = prev[j] + 1
            elif prev[j + 1] > left:
                left = prev[j + 1]
            cur.append(left)
        prev = cur
    return prev[-1]
