def network_delay(n: int, links: list[list[int]], source: int) -> int:
    """Bellman-Ford: relaxes every cable, round after round, until no time improves."""
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[source] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in links:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    worst = max(dist[1:])
    return -1 if worst == inf else worst
