def minutes_to_rot(grid: list[list[int]]) -> int:
    """Simulates minute by minute, scanning the whole crate each minute."""
    rows, cols = len(grid), len(grid[0])
    grid = [row[:] for row in grid]
    minutes = 0
    while True:
        if not any(1 in row for row in grid):
            return minutes
        turning = [
            (r, c)
            for r in range(rows)
            for c in range(cols)
            if grid[r][c] == 1
            and any(
                0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 2
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
            )
        ]
        if not turning:
            return -1
        for r, c in turning:
            grid[r][c] = 2
        minutes += 1
