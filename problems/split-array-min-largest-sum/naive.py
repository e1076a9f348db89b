def min_largest_part(pages: list[int], readers: int) -> int:
    """Dynamic programme over (prefix, readers): O(readers * n^2)."""
    n = len(pages)
    prefix = [0]
    for p in pages:
        prefix.append(prefix[-1] + p)
    inf = float("inf")
    # best[i] = smallest largest part splitting the first i chapters among the readers so far.
    best = [inf] * (n + 1)
    best[0] = 0
    for _ in range(readers):
        nxt = [inf] * (n + 1)
        nxt[0] = 0
        for i in range(1, n + 1):
            for j in range(i):
                cand = max(best[j], prefix[i] - prefix[j])
                if cand < nxt[i]:
                    nxt[i] = cand
        best = nxt
    return best[n]
