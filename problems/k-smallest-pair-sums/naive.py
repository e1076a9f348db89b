def smallest_pair_sums(first: list[int], second: list[int], k: int) -> list[list[int]]:
    """Keeps each row's next column, and for every bundle output scans every row for the
    cheapest front: O(k * min(n, k))."""
    nxt = [0] * min(len(first), k)
    out = []
    while len(out) < k:
        best = -1
        for i, j in enumerate(nxt):
            if j < len(second) and (
                best < 0 or first[i] + second[j] < first[best] + second[nxt[best]]
            ):
                best = i
        if best < 0:
            break
        out.append([best, nxt[best]])
        nxt[best] += 1
    return out
