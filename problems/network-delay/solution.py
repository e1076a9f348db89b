import heapq


def network_delay(n: int, links: list[list[int]], source: int) -> int:
    out: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    for u, v, w in links:
        out[u].append((v, w))
    dist: list[int | None] = [None] * (n + 1)
    heap = [(0, source)]
    settled = last = 0
    while heap:
        t, u = heapq.heappop(heap)
        if dist[u] is not None:
            continue
        dist[u] = t
        settled += 1
        last = t
        for v, w in out[u]:
            if dist[v] is None:
                heapq.heappush(heap, (t + w, v))
    return last if settled == n else -1
