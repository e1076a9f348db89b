def longest_climb(elevation: list[list[int]]) -> int:
    """Explore every climbing trail from every cell, remembering nothing."""
    rows, cols = len(elevation), len(elevation[0])

    def climb(r: int, c: int) -> int:
        best = 1
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and elevation[nr][nc] > elevation[r][c]:
                best = max(best, 1 + climb(nr, nc))
        return best

    return max(climb(r, c) for r in range(rows) for c in range(cols))
