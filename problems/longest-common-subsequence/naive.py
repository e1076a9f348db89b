def longest_shared_subsequence(a: str, b: str) -> int:
    """Tries every subsequence of the shorter string and checks it against the longer one."""
    if len(a) > len(b):
        a, b = b, a
    best = 0
    for mask in range(1 << len(a)):
        sub = [a[i] for i in range(len(a)) if mask >> i & 1]
        if len(sub) <= best:
            continue
        it = iter(b)
        if all(c in it for c in sub):
            best = len(sub)
    return best
