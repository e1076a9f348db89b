def can_finish(n: int, prereqs: list[list[int]]) -> bool:
    """Term after term, takes every course whose prerequisites are all taken, rescanning every
    course and pair each time, until a term adds nothing."""
    needs: list[list[int]] = [[] for _ in range(n)]
    for a, b in prereqs:
        needs[b].append(a)
    taken = [False] * n
    progress = True
    while progress:
        progress = False
        for c in range(n):
            if not taken[c] and all(taken[p] for p in needs[c]):
                taken[c] = True
                progress = True
    return all(taken)
