from math import isqrt


def is_valid_board(board: list[list[int]]) -> bool:
    n = len(board)
    b = isqrt(n)

    def distinct(cells: list[int]) -> bool:
        filled = [v for v in cells if v]
        return len(filled) == len(set(filled))

    if not all(distinct(row) for row in board):
        return False
    if not all(distinct(list(col)) for col in zip(*board)):
        return False
    for top in range(0, n, b):
        for left in range(0, n, b):
            box = [v for row in board[top : top + b] for v in row[left : left + b]]
            if not distinct(box):
                return False
    return True
