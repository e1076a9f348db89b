def min_network_cost(n: int, links: list[list[int]]) -> int:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    total, joined = 0, 0
    for u, v, w in sorted(links, key=lambda e: e[2]):
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            total += w
            joined += 1
            if joined == n - 1:
                break
    return total if joined == n - 1 else -1
