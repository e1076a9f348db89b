from itertools import permutations


def count_placements(n: int, blocked: list[list[int]]) -> int:
    """Tries every placement with one beacon per row and per column (a permutation of the
    columns) and keeps those with no shared diagonal and no beacon on a pillar."""
    pillars = {(r, c) for r, c in blocked}
    count = 0
    for cols in permutations(range(n)):
        if len({r + c for r, c in enumerate(cols)}) < n:
            continue
        if len({r - c for r, c in enumerate(cols)}) < n:
            continue
        if any((r, c) in pillars for r, c in enumerate(cols)):
            continue
        count += 1
    return count
