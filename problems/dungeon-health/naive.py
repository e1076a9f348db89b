def min_start_charge(grid: list[list[int]]) -> int:
    """Follows every route, tracking the charge's lowest point: exponential time."""
    rows, cols = len(grid), len(grid[0])
    best = float("inf")

    def go(i: int, j: int, total: int, low: int) -> None:
        nonlocal best
        total += grid[i][j]
        low = min(low, total)
        if i == rows - 1 and j == cols - 1:
            # The charge after each cell is start + (sum so far); it must stay >= 1.
            best = min(best, max(1, 1 - low))
            return
        if i + 1 < rows:
            go(i + 1, j, total, low)
        if j + 1 < cols:
            go(i, j + 1, total, low)

    go(0, 0, 0, 0)
    return int(best)
