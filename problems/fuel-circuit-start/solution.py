def circuit_start(charge: list[int], drain: list[int]) -> int:
    # If the total gain is negative no start works; otherwise the start after the last point
    # where the running tank went negative does, and it is the smallest one that does.
    total = tank = start = 0
    for i, (c, d) in enumerate(zip(charge, drain)):
        gain = c - d
        total += gain
        tank += gain
        if tank < 0:
            # No start in start..=i can pass stop i: try from the next stop with an empty battery.
            start = i + 1
            tank = 0
    return start if total >= 0 else -1
