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
        line = image[r]
        if r > 0 and image[r - 1][c] == old:
            image[r - 1][c] = colour
            stack.append((r - 1, c))
        if r + 1 < rows and image[r + 1][c] == old:
            image[r + 1][c] = colour
            stack.append((r + 1, c))
        if c > 0 and line[c - 1] == old:
            line[c - 1] = colour
            stack.append((r, c - 1))
        if c + 1 < cols and line[c + 1] == old:
            line[c + 1] = colour
            stack.append((r, c + 1))
    return image
