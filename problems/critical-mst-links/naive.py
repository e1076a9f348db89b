def critical_links(n: int, links: list[list[int]]) -> list[int]:
    """For each link, recomputes the cheapest network without it (Kruskal's algorithm) and keeps
    the link if the cost rises or the offices can no longer all be connected."""

    def cheapest(skip: int) -> int | None:
        parent = list(range(n))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        total, joined = 0, 0
        for i in sorted(range(len(links)), key=lambda i: links[i][2]):
            if i == skip:
                continue
            a, b = find(links[i][0]), find(links[i][1])
            if a != b:
                parent[a] = b
                total += links[i][2]
                joined += 1
        return total if joined == n - 1 else None

    best = cheapest(-1)
    return [i for i in range(len(links)) if cheapest(i) != best]
