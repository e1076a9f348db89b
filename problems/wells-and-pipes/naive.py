def min_supply_cost(n: int, wells: list[int], pipes: list[list[int]]) -> int:
    """Kruskal over the source node and the houses, with a graph search for every edge."""
    edges = sorted([(cost, n, i) for i, cost in enumerate(wells)] + [(c, a, b) for a, b, c in pipes])
    adj: list[list[int]] = [[] for _ in range(n + 1)]

    def connected(a: int, b: int) -> bool:
        seen = {a}
        stack = [a]
        while stack:
            x = stack.pop()
            if x == b:
                return True
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        return False

    total = 0
    for cost, a, b in edges:
        if not connected(a, b):
            adj[a].append(b)
            adj[b].append(a)
            total += cost
    return total
