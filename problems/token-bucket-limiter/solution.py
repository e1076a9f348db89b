def token_bucket(
    times: list[int], costs: list[int], capacity: int, refill: int, period: int
) -> list[bool]:
    # Count in 1/period of a token so that refilling refill/period tokens a unit stays integral.
    full = capacity * period
    level = full  # the bucket is full at time 0
    last = 0
    out = []
    for t, cost in zip(times, costs):
        level = min(full, level + (t - last) * refill)  # lazy refill since the last request
        last = t
        need = cost * period
        if level >= need:
            level -= need
            out.append(True)
        else:
            out.append(False)  # a rejected request takes nothing
    return out
