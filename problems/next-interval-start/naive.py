def next_interval(intervals: list[list[int]]) -> list[int]:
    out = []
    for _, end in intervals:
        best = -1
        for j, (start, _) in enumerate(intervals):
            if start >= end and (best == -1 or start < intervals[best][0]):
                best = j
        out.append(best)
    return out
