def redundant_link(edges: list[list[int]]) -> list[int]:
    """Adds the cables one by one; before adding each, searches the cables added so far to see
    whether its two switches are already connected."""
    adj: list[list[int]] = [[] for _ in range(len(edges))]
    for u, v in edges:
        seen = {u}
        stack = [u]
        while stack:
            x = stack.pop()
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        if v in seen:
            return [u, v]
        adj[u].append(v)
        adj[v].append(u)
    return []
