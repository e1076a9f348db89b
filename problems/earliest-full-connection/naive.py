def earliest_all_connected(n: int, logs: list[list[int]]) -> int:
    """Adds the links in time order and, after each one, searches the whole network again to see
    whether it is connected."""
    adj: list[list[int]] = [[] for _ in range(n)]
    for time, a, b in sorted(logs):
        adj[a].append(b)
        adj[b].append(a)
        seen = [False] * n
        seen[0] = True
        stack, count = [0], 1
        while stack:
            x = stack.pop()
            for y in adj[x]:
                if not seen[y]:
                    seen[y] = True
                    count += 1
                    stack.append(y)
        if count == n:
            return time
    return -1
