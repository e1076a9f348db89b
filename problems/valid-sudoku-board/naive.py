def is_valid_board(board: list[list[int]]) -> bool:
    """For every filled cell, look through its whole row, column and box for the same number."""
    n = len(board)
    b = 1
    while b * b < n:
        b += 1
    for r in range(n):
        for c in range(n):
            v = board[r][c]
            if v == 0:
                continue
            for k in range(n):
                if k != c and board[r][k] == v:
                    return False
                if k != r and board[k][c] == v:
                    return False
            top, left = r - r % b, c - c % b
            for rr in range(top, top + b):
                for cc in range(left, left + b):
                    if (rr, cc) != (r, c) and board[rr][cc] == v:
                        return False
    return True
