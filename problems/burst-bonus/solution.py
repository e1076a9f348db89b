def max_removal_score(values: list[int]) -> int:
    a = [1] + values + [1]
    m = len(a)
    # best[l][r] = the most points from removing every tile strictly between l and r, while
    # l and r stay in place.
    best = [[0] * m for _ in range(m)]
    for gap in range(2, m):
        for left in range(m - gap):
            right = left + gap
            row_l, edge = best[left], a[left] * a[right]
            # k is the LAST tile removed between them: its neighbours are then left and right.
            best[left][right] = max(
                row_l[k] + best[k][right] + edge * a[k] for k in range(left + 1, right)
            )
    return best[0][m - 1]
