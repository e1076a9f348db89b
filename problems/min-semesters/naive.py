def min_semesters(n: int, prereqs: list[list[int]]) -> int:
    """Term after term, rescans every course and every pair to find the courses whose
    prerequisites were all taken in earlier terms."""
    done = [False] * n
    count = 0
    terms = 0
    while count < n:
        blocked = [False] * n
        for a, b in prereqs:
            if not done[a]:
                blocked[b] = True
        term = [c for c in range(n) if not done[c] and not blocked[c]]
        if not term:
            return -1
        for c in term:
            done[c] = True
        count += len(term)
        terms += 1
    return terms
