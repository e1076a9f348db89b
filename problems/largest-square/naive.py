def largest_square(roof: list[list[str]]) -> int:
    """Grows a square from every top-left cell, checking each new row and column."""
    rows, cols = len(roof), len(roof[0])
    best = 0
    for r in range(rows):
        for c in range(cols):
            k = 0  # the k-by-k square at (r, c) is all free
            while (
                r + k < rows
                and c + k < cols
                and all(roof[r + k][c + t] == "1" for t in range(k + 1))
                and all(roof[r + t][c + k] == "1" for t in range(k))
            ):
                k += 1
            best = max(best, k)
    return best * best
