def word_in_grid(grid: list[list[str]], word: str) -> bool:
    """Lists every path of len(word) distinct adjacent tiles from every start, and only then
    compares the letters along it with the word."""
    rows, cols = len(grid), len(grid[0])
    found = False
    path: list[tuple[int, int]] = []

    def extend(r: int, c: int) -> None:
        nonlocal found
        path.append((r, c))
        if len(path) == len(word):
            if "".join(grid[pr][pc] for pr, pc in path) == word:
                found = True
        else:
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in path:
                    extend(nr, nc)
        path.pop()

    for r in range(rows):
        for c in range(cols):
            extend(r, c)
    return found
