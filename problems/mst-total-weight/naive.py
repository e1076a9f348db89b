def min_network_cost(n: int, links: list[list[int]]) -> int:
    """Kruskal without union-find: a search over the chosen links for every candidate link."""
    adj: list[list[int]] = [[] for _ in range(n)]

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

    total, joined = 0, 0
    for u, v, w in sorted(links, key=lambda e: e[2]):
        if not connected(u, v):
            adj[u].append(v)
            adj[v].append(u)
            total += w
            joined += 1
    return total if joined == n - 1 else -1
