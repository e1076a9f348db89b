MOD = 1_000_000_007


def count_routes(grid: list[list[int]]) -> int:
    """Walks every route with a stack and counts those that reach the goal."""
    m, n = len(grid), len(grid[0])
    if grid[0][0]:
        return 0
    count = 0
    stack = [(0, 0)]
    while stack:
        r, c = stack.pop()
        if r == m - 1 and c == n - 1:
            count += 1
            continue
        if r + 1 < m and not grid[r + 1][c]:
            stack.append((r + 1, c))
        if c + 1 < n and not grid[r][c + 1]:
            stack.append((r, c + 1))
    return count % MOD
