def max_overlap(sessions: list[list[int]]) -> int:
    """Some busiest moment is a session's start: count, for every start, the sessions around it."""
    best = 0
    for s, _ in sessions:
        best = max(best, sum(1 for a, b in sessions if a <= s <= b))
    return best
