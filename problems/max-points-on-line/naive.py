def max_points_on_line(points: list[list[int]]) -> int:
    n = len(points)
    best = 0
    for i in range(n):
        for j in range(i + 1, n):
            (x1, y1), (x2, y2) = points[i], points[j]
            if x1 == x2 and y1 == y2:
                continue
            # Count every point on the line through i and j (cross product zero).
            count = 0
            for x, y in points:
                if (x2 - x1) * (y - y1) == (y2 - y1) * (x - x1):
                    count += 1
            best = max(best, count)
    # No two points differ: they all sit at one place, on any line through it.
    return best if best > 0 else n
