from collections import Counter


def word_in_grid(grid: list[list[str]], word: str) -> bool:
    rows, cols = len(grid), len(grid[0])
    # Cheap rejections: the grid must hold every letter of the word as many times.
    have = Counter(ch for row in grid for ch in row)
    if any(have[ch] < k for ch, k in Counter(word).items()):
        return False
    # Searching from the rarer end prunes sooner; a path read backwards is still a path.
    if have[word[-1]] < have[word[0]]:
        word = word[::-1]

    def trace(r: int, c: int, i: int) -> bool:
        # grid[r][c] is known to equal word[i]
        if i == len(word) - 1:
            return True
        saved, grid[r][c] = grid[r][c], "#"  # mark the tile as used on this path
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == word[i + 1]:
                if trace(nr, nc, i + 1):
                    grid[r][c] = saved
                    return True
        grid[r][c] = saved  # unmark on the way back
        return False

    return any(
        grid[r][c] == word[0] and trace(r, c, 0) for r in range(rows) for c in range(cols)
    )
