from collections import deque


def leaky_bucket(arrivals: list[int], capacity: int, interval: int) -> list[int]:
    waiting: deque[int] = deque()  # departure times of accepted requests not yet sent
    last = None  # departure time of the latest accepted request
    out = []
    for t in arrivals:
        while waiting and waiting[0] <= t:  # departures at t happen before arrivals at t
            waiting.popleft()
        if len(waiting) >= capacity:
            out.append(-1)
            continue
        leave = t if last is None else max(t, last + interval)
        waiting.append(leave)
        last = leave
        out.append(leave)
    return out
