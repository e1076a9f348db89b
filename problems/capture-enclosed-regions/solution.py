def capture_regions(board: list[list[str]]) -> list[list[str]]:
    rows, cols = len(board), len(board[0])
    # Mark every open cell that reaches the edge, searching inwards from the edge cells.
    free = [[False] * cols for _ in range(rows)]
    stack = []
    for r in range(rows):
        for c in range(cols):
            edge = r in (0, rows - 1) or c in (0, cols - 1)
            if edge and board[r][c] == "O":
                free[r][c] = True
                stack.append((r, c))
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O" and not free[nr][nc]:
                free[nr][nc] = True
                stack.append((nr, nc))
    # Every other open cell is enclosed.
    for r in range(rows):
        for c in range(cols):
            if board[r][c] == "O" and not free[r][c]:
                board[r][c] = "X"
    return board
