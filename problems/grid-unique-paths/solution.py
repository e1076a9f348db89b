MOD = 1_000_000_007


def count_routes(grid: list[list[int]]) -> int:
    n = len(grid[0])
    ways = [0] * n
    ways[0] = 1
    for row in grid:
        left = 0
        for c, cell in enumerate(row):
            if cell:
                left = 0
            else:
                left = (ways[c] + left) % MOD
            ways[c] = left
    return ways[-1]
