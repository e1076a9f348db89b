def longest_climb(elevation: list[list[int]]) -> int:
    rows, cols = len(elevation), len(elevation[0])
    # Handle cells from the highest down: every strictly higher neighbour is then final.
    cells = sorted(
        ((elevation[r][c], r, c) for r in range(rows) for c in range(cols)), reverse=True
    )
    longest = [[1] * cols for _ in range(rows)]  # longest climb starting at each cell
    best = 0
    for h, r, c in cells:
        here = 1
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and elevation[nr][nc] > h:
                here = max(here, longest[nr][nc] + 1)
        longest[r][c] = here
        best = max(best, here)
    return best
