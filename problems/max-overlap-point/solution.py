def max_overlap(sessions: list[list[int]]) -> int:
    starts = sorted(s for s, _ in sessions)
    ends = sorted(e for _, e in sessions)
    best = ended = 0
    for started, s in enumerate(starts, 1):
        # Sessions that ended strictly before s no longer cover it; one that ends at s still does.
        while ends[ended] < s:
            ended += 1
        best = max(best, started - ended)
    return best
