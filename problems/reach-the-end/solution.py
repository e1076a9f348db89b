def can_reach_end(hops: list[int]) -> bool:
    # Track the farthest stone reachable so far; every stone up to it is reachable too.
    farthest = 0
    for i, h in enumerate(hops):
        if i > farthest:
            return False
        farthest = max(farthest, i + h)
        if farthest >= len(hops) - 1:
            return True
    return True
