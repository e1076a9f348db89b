def min_semesters(n: int, prereqs: list[list[int]]) -> int:
    after: list[list[int]] = [[] for _ in range(n)]
    missing = [0] * n  # prerequisites of each course not yet taken
    for a, b in prereqs:
        after[a].append(b)
        missing[b] += 1
    # Kahn's algorithm level by level: each level is one term.
    term = [c for c in range(n) if missing[c] == 0]
    taken = 0
    terms = 0
    while term:
        terms += 1
        taken += len(term)
        following: list[int] = []
        for c in term:
            for d in after[c]:
                missing[d] -= 1
                if missing[d] == 0:
                    following.append(d)
        term = following
    return terms if taken == n else -1
