def cheapest_with_stops(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    """Tries every sequence of at most k + 1 flights that starts at src."""
    out: list[list[list[int]]] = [[] for _ in range(n)]
    for u, v, price in flights:
        out[u].append([v, price])
    best = -1

    def walk(city: int, cost: int, flights_left: int) -> None:
        nonlocal best
        if city == dst and (best < 0 or cost < best):
            best = cost
        if flights_left == 0:
            return
        for v, price in out[city]:
            walk(v, cost + price, flights_left - 1)

    walk(src, 0, k + 1)
    return best
