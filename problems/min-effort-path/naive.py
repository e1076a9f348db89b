from collections import deque


def min_effort_path(heights: list[list[int]]) -> int:
    """Tries every step size that occurs, smallest first, with a fresh search for each."""
    rows, cols = len(heights), len(heights[0])
    steps = {0}
    for r in range(rows):
        for c in range(cols):
            if r + 1 < rows:
                steps.add(abs(heights[r + 1][c] - heights[r][c]))
            if c + 1 < cols:
                steps.add(abs(heights[r][c + 1] - heights[r][c]))
    for limit in sorted(steps):
        seen = [[False] * cols for _ in range(rows)]
        seen[0][0] = True
        queue = deque([(0, 0)])
        while queue:
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if (
                    0 <= nr < rows
                    and 0 <= nc < cols
                    and not seen[nr][nc]
                    and abs(heights[nr][nc] - heights[r][c]) <= limit
                ):
                    seen[nr][nc] = True
                    queue.append((nr, nc))
        if seen[rows - 1][cols - 1]:
            return limit
    return 0
