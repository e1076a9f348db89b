def course_order(n: int, prereqs: list[list[int]]) -> list[int]:
    """Step after step, scans every course from 0 up and takes the first one not yet taken whose
    prerequisites are all taken."""
    missing = [0] * n
    after: list[list[int]] = [[] for _ in range(n)]
    for a, b in prereqs:
        after[a].append(b)
        missing[b] += 1
    taken = [False] * n
    order: list[int] = []
    for _ in range(n):
        pick = -1
        for c in range(n):
            if not taken[c] and missing[c] == 0:
                pick = c
                break
        if pick < 0:
            return []
        taken[pick] = True
        order.append(pick)
        for d in after[pick]:
            missing[d] -= 1
    return order
