def max_removal_score(values: list[int]) -> int:
    """Tries every tile as the next one removed, recursing on the rest: every removal order,
    n! of them."""

    def go(rest: list[int]) -> int:
        best = 0
        for i, v in enumerate(rest):
            left = rest[i - 1] if i > 0 else 1
            right = rest[i + 1] if i + 1 < len(rest) else 1
            best = max(best, left * v * right + go(rest[:i] + rest[i + 1 :]))
        return best

    return go(values)
