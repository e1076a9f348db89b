from collections import deque


def can_finish(n: int, prereqs: list[list[int]]) -> bool:
    after: list[list[int]] = [[] for _ in range(n)]
    missing = [0] * n  # prerequisites of each course not yet taken
    for a, b in prereqs:
        after[a].append(b)
        missing[b] += 1
    ready = deque(c for c in range(n) if missing[c] == 0)
    taken = 0
    while ready:
        c = ready.popleft()
        taken += 1
        for d in after[c]:
            missing[d] -= 1
            if missing[d] == 0:
                ready.append(d)
    return taken == n
