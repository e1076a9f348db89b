def count_islands(grid: list[list[str]]) -> int:
    """Gives every land cell its own label, then sweeps the grid again and again, lowering each
    label to the smallest label next to it, until nothing changes; islands are the labels left."""
    rows, cols = len(grid), len(grid[0])
    label = [[r * cols + c if grid[r][c] == "1" else -1 for c in range(cols)] for r in range(rows)]
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                if label[r][c] < 0:
                    continue
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and 0 <= label[nr][nc] < label[r][c]:
                        label[r][c] = label[nr][nc]
                        changed = True
    return len({x for row in label for x in row if x >= 0})
