def min_cost_connect(points: list[list[int]]) -> int:
    """Grows the network one point at a time, each time scanning every pair of a connected and an
    unconnected point for the shortest link."""
    n = len(points)
    connected = [False] * n
    connected[0] = True
    total = 0
    for _ in range(n - 1):
        best, pick = -1, -1
        for i in range(n):
            if not connected[i]:
                continue
            for j in range(n):
                if connected[j]:
                    continue
                d = abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])
                if best < 0 or d < best:
                    best, pick = d, j
        connected[pick] = True
        total += best
    return total
