def redundant_link(edges: list[list[int]]) -> list[int]:
    parent = list(range(len(edges)))
    size = [1] * len(edges)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    # The first edge whose ends are already joined closes the cycle, and every other edge of
    # the cycle came before it.
    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru == rv:
            return [u, v]
        if size[ru] < size[rv]:
            ru, rv = rv, ru
        parent[rv] = ru
        size[ru] += size[rv]
    return []  # unreachable for valid input
