def earliest_all_connected(n: int, logs: list[list[int]]) -> int:
    parent = list(range(n))
    size = [1] * n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    groups = n
    for time, a, b in sorted(logs, key=lambda log: log[0]):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra  # the smaller group joins the larger
        size[ra] += size[rb]
        groups -= 1
        if groups == 1:
            return time
    return -1
