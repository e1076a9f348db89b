def largest_block(wafer: list[list[str]]) -> int:
    """Every top-left corner, grown downwards row by row: O(rows^2 * cols)."""
    rows, cols = len(wafer), len(wafer[0])
    # run[r][c]: working dies from (r, c) rightwards before the first defective one.
    run = [[0] * (cols + 1) for _ in range(rows)]
    for r in range(rows):
        for c in range(cols - 1, -1, -1):
            run[r][c] = run[r][c + 1] + 1 if wafer[r][c] == "1" else 0
    best = 0
    for top in range(rows):
        for left in range(cols):
            width = run[top][left]
            bottom = top
            while bottom < rows and width > 0:
                width = min(width, run[bottom][left])
                best = max(best, width * (bottom - top + 1))
                bottom += 1
    return best
