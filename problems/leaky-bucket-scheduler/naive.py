def leaky_bucket(arrivals: list[int], capacity: int, interval: int) -> list[int]:
    """Counts, for every arrival, all accepted requests that have not left yet."""
    out: list[int] = []
    accepted: list[int] = []
    for t in arrivals:
        inside = sum(1 for leave in accepted if leave > t)
        if inside >= capacity:
            out.append(-1)
            continue
        leave = t if not accepted else max(t, accepted[-1] + interval)
        accepted.append(leave)
        out.append(leave)
    return out
