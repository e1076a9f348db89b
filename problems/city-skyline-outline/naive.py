def skyline(buildings: list[list[int]]) -> list[list[int]]:
    """For each edge, scans every building for the tallest one covering the point."""
    out = []
    for x in sorted({x for b in buildings for x in (b[0], b[1])}):
        h = max((hb for left, right, hb in buildings if left <= x < right), default=0)
        if not out or out[-1][1] != h:
            out.append([x, h])
    return out
