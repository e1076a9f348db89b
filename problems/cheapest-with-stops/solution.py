def cheapest_with_stops(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    inf = float("inf")
    best = [inf] * n  # cheapest cost with at most `round` flights so far
    best[src] = 0
    for _ in range(k + 1):
        nxt = best[:]  # extend only paths from the previous round
        changed = False
        for u, v, price in flights:
            if best[u] + price < nxt[v]:
                nxt[v] = best[u] + price
                changed = True
        best = nxt
        if not changed:
            break
    return -1 if best[dst] == inf else best[dst]
