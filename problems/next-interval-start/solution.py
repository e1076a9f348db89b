from bisect import bisect_left


def next_interval(intervals: list[list[int]]) -> list[int]:
    # Starts in increasing order, each with the index of its interval.
    starts = sorted((s, i) for i, (s, _) in enumerate(intervals))
    keys = [s for s, _ in starts]
    out = []
    for _, end in intervals:
        k = bisect_left(keys, end)
        out.append(starts[k][1] if k < len(starts) else -1)
    return out
