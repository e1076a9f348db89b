def largest_square(roof: list[list[str]]) -> int:
    cols = len(roof[0])
    best = 0
    # prev[j + 1] is the side of the largest square ending at (row above, j); index 0 is a border.
    prev = [0] * (cols + 1)
    for row in roof:
        cur = [0] * (cols + 1)
        for j, cell in enumerate(row, 1):
            if cell == "1":
                side = 1 + min(prev[j], prev[j - 1], cur[j - 1])
                cur[j] = side
                if side > best:
                    best = side
        prev = cur
    return best * best
