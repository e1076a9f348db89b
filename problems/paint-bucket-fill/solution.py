def paint_bucket(image: list[list[int]], row: int, col: int, colour: int) -> list[list[int]]:
    old = image[row][col]
    if old == colour:
        return image  # nothing changes (and without this check the fill would never stop)
    rows, cols = len(image), len(image[0])
    image[row][col] = colour
    stack = [(row, col)]
    # Depth-first with an explicit stack: recoloured cells are never visited again.
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and image[nr][nc] == old:
                image[nr][nc] = colour
                stack.append((nr, nc))
    return image
