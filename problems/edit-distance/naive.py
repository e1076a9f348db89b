def edit_distance(source: str, target: str) -> int:
    """Tries every edit at the first mismatch, with no table: exponential time."""

    def go(i: int, j: int) -> int:
        if i == len(source):
            return len(target) - j
        if j == len(target):
            return len(source) - i
        if source[i] == target[j]:
            return go(i + 1, j + 1)
        return 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))

    return go(0, 0)
