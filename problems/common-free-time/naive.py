def common_free_time(schedules: list[list[int]]) -> list[list[int]]:
    """Checks each stretch between consecutive boundaries against every interval."""
    intervals = [(row[i], row[i + 1]) for row in schedules for i in range(0, len(row), 2)]
    points = sorted({p for iv in intervals for p in iv})
    gaps = []
    for a, b in zip(points, points[1:]):
        if all(e <= a or s >= b for s, e in intervals):
            if gaps and gaps[-1][1] == a:
                gaps[-1][1] = b  # extend a gap split by a boundary
            else:
                gaps.append([a, b])
    return gaps
