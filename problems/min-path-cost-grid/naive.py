def min_route_cost(grid: list[list[int]]) -> int:
    """Follows every route from the top-left corner, one recursion per step: C(m + n - 2, m - 1)
    routes, exponential time."""
    rows, cols = len(grid), len(grid[0])

    def go(r: int, c: int) -> int:
        if r == rows - 1 and c == cols - 1:
            return grid[r][c]
        options = []
        if r + 1 < rows:
            options.append(go(r + 1, c))
        if c + 1 < cols:
            options.append(go(r, c + 1))
        return grid[r][c] + min(options)

    return go(0, 0)
