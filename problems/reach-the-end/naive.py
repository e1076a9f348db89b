def can_reach_end(hops: list[int]) -> bool:
    """Marks every stone each reachable stone can hop to: O(n * max hop)."""
    n = len(hops)
    reachable = [False] * n
    reachable[0] = True
    for i in range(n):
        if reachable[i]:
            for j in range(i + 1, min(n, i + hops[i] + 1)):
                reachable[j] = True
    return reachable[n - 1]
