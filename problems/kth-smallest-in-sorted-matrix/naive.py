def kth_smallest(matrix: list[list[int]], k: int) -> int:
    """Merges the rows without a heap: each of the k steps scans every row's next price."""
    nxt = [0] * len(matrix)
    value = 0
    for _ in range(k):
        best = -1
        for r, c in enumerate(nxt):
            if c < len(matrix[r]) and (best < 0 or matrix[r][c] < matrix[best][nxt[best]]):
                best = r
        value = matrix[best][nxt[best]]
        nxt[best] += 1
    return value
