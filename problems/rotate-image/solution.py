def rotate_clockwise(grid: list[list[int]]) -> list[list[int]]:
    n = len(grid)
    # Reflect across the main diagonal...
    for i in range(n):
        for j in range(i + 1, n):
            grid[i][j], grid[j][i] = grid[j][i], grid[i][j]
    # ...then mirror each row left to right.
    for row in grid:
        lo, hi = 0, n - 1
        while lo < hi:
            row[lo], row[hi] = row[hi], row[lo]
            lo += 1
            hi -= 1
    return grid
