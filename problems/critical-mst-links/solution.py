def critical_links(n: int, links: list[list[int]]) -> list[int]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    order = sorted(range(len(links)), key=lambda i: links[i][2])
    critical: list[int] = []
    start = 0
    while start < len(order):
        # One group of equal cost, with the components joined by all cheaper links contracted.
        end = start
        while end < len(order) and links[order[end]][2] == links[order[start]][2]:
            end += 1
        group = order[start:end]
        local: dict[int, int] = {}  # component root -> node of the contracted graph
        adj: list[list[tuple[int, int]]] = []
        for i in group:
            a, b = find(links[i][0]), find(links[i][1])
            if a == b:
                continue  # closes a loop of cheaper or equal links: in no cheapest network
            for r in (a, b):
                if r not in local:
                    local[r] = len(adj)
                    adj.append([])
            adj[local[a]].append((local[b], i))
            adj[local[b]].append((local[a], i))
        # A link of the group is in every cheapest network iff it is a bridge of that graph.
        critical.extend(bridges(adj))
        for i in group:
            a, b = find(links[i][0]), find(links[i][1])
            if a != b:
                parent[a] = b
        start = end
    return sorted(critical)


def bridges(adj: list[list[tuple[int, int]]]) -> list[int]:
    """The link ids of the bridges of a multigraph, by an iterative depth-first search."""
    seen = [-1] * len(adj)  # discovery time
    low = [0] * len(adj)
    found: list[int] = []
    clock = 0
    for root in range(len(adj)):
        if seen[root] >= 0:
            continue
        seen[root] = low[root] = clock
        clock += 1
        stack = [(root, -1, 0)]  # node, id of the link it was entered by, next neighbour
        while stack:
            u, via, k = stack[-1]
            if k < len(adj[u]):
                stack[-1] = (u, via, k + 1)
                v, i = adj[u][k]
                if i == via:
                    continue  # the same link back (a parallel link is a different id)
                if seen[v] < 0:
                    seen[v] = low[v] = clock
                    clock += 1
                    stack.append((v, i, 0))
                else:
                    low[u] = min(low[u], seen[v])
            else:
                stack.pop()
                if stack:
                    p = stack[-1][0]
                    low[p] = min(low[p], low[u])
                    if low[u] > seen[p]:
                        found.append(via)
    return found
