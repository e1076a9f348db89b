def min_supply_cost(n: int, wells: list[int], pipes: list[list[int]]) -> int:
    # A well at house i is a pipe from a virtual source (node n) to house i.
    edges = [(cost, n, i) for i, cost in enumerate(wells)]
    edges += [(cost, a, b) for a, b, cost in pipes]
    edges.sort()
    parent = list(range(n + 1))
    size = [1] * (n + 1)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    total, joined = 0, 0
    for cost, a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra  # the smaller group joins the larger
            size[ra] += size[rb]
            total += cost
            joined += 1
            if joined == n:
                break
    return total
