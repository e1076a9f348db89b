def cooldown_schedule(jobs: str, gap: int) -> int:
    """Simulates every time unit, running the ready kind with the most jobs left."""
    left: dict[str, int] = {}
    for j in jobs:
        left[j] = left.get(j, 0) + 1
    ready_at = {k: 0 for k in left}
    t, remaining = 0, len(jobs)
    while remaining:
        best = None
        for k in left:
            if left[k] and ready_at[k] <= t and (best is None or left[k] > left[best]):
                best = k
        if best is not None:
            left[best] -= 1
            ready_at[best] = t + gap + 1
            remaining -= 1
        t += 1
    return t
