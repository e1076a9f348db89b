import heapq


def course_order(n: int, prereqs: list[list[int]]) -> list[int]:
    after: list[list[int]] = [[] for _ in range(n)]
    missing = [0] * n  # prerequisites of each course not yet taken
    for a, b in prereqs:
        after[a].append(b)
        missing[b] += 1
    # Kahn's algorithm with a min-heap: always take the smallest ready course.
    ready = [c for c in range(n) if missing[c] == 0]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        c = heapq.heappop(ready)
        order.append(c)
        for d in after[c]:
            missing[d] -= 1
            if missing[d] == 0:
                heapq.heappush(ready, d)
    return order if len(order) == n else []
