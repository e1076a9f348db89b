def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    """Searches the board separately for each word."""
    rows, cols = len(board), len(board[0])

    def trace(r: int, c: int, w: str, i: int) -> bool:
        # Can w[i:] be traced starting at (r, c)?
        if board[r][c] != w[i]:
            return False
        if i == len(w) - 1:
            return True
        board[r][c] = "#"
        ok = any(
            0 <= nr < rows and 0 <= nc < cols and trace(nr, nc, w, i + 1)
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
        )
        board[r][c] = w[i]
        return ok

    found = [
        w for w in words if any(trace(r, c, w, 0) for r in range(rows) for c in range(cols))
    ]
    return sorted(found)
