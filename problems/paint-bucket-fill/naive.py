def paint_bucket(image: list[list[int]], row: int, col: int, colour: int) -> list[list[int]]:
    """Marks the start cell, then sweeps the whole image again and again, marking every cell of
    the old colour next to a marked cell, until a sweep marks nothing new."""
    old = image[row][col]
    rows, cols = len(image), len(image[0])
    marked = [[False] * cols for _ in range(rows)]
    marked[row][col] = True
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                if marked[r][c] or image[r][c] != old:
                    continue
                if (
                    (r > 0 and marked[r - 1][c])
                    or (r + 1 < rows and marked[r + 1][c])
                    or (c > 0 and marked[r][c - 1])
                    or (c + 1 < cols and marked[r][c + 1])
                ):
                    marked[r][c] = True
                    changed = True
    for r in range(rows):
        for c in range(cols):
            if marked[r][c]:
                image[r][c] = colour
    return image
