import heapq


def skyline(buildings: list[list[int]]) -> list[list[int]]:
    # Sweep the distinct edges from left to right with a max-heap of (-height, right) of the
    # buildings started so far; ended ones are dropped lazily when they reach the top.
    xs = sorted({x for b in buildings for x in (b[0], b[1])})
    by_left = sorted(buildings)
    heap, out, i = [], [], 0
    for x in xs:
        while i < len(by_left) and by_left[i][0] == x:
            heapq.heappush(heap, (-by_left[i][2], by_left[i][1]))
            i += 1
        while heap and heap[0][1] <= x:  # the tallest one has ended
            heapq.heappop(heap)
        h = -heap[0][0] if heap else 0
        if not out or out[-1][1] != h:
            out.append([x, h])
    return out
