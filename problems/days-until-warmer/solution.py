def days_until_warmer(temps: list[int]) -> list[int]:
    wait = [0] * len(temps)
    pending: list[int] = []  # days still waiting, their temperatures non-increasing
    for day, t in enumerate(temps):
        while pending and temps[pending[-1]] < t:
            earlier = pending.pop()
            wait[earlier] = day - earlier
        pending.append(day)
    return wait
