def min_cost_connect(points: list[list[int]]) -> int:
    # Prim's algorithm on the complete graph: `dist[i]` is the cheapest link from the tree to the
    # point `rest[i]`, which is not yet in the tree.
    x, y = points[0]
    rest = points[1:]
    dist = [abs(px - x) + abs(py - y) for px, py in rest]
    total = 0
    while rest:
        i = dist.index(min(dist))
        total += dist[i]
        x, y = rest[i]
        # Remove point i by moving the last one into its place.
        rest[i], dist[i] = rest[-1], dist[-1]
        rest.pop()
        dist.pop()
        dist = [min(d, abs(px - x) + abs(py - y)) for d, (px, py) in zip(dist, rest)]
    return total
