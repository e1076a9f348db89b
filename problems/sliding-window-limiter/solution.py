from collections import deque


def sliding_window_limiter(
    clients: list[str], times: list[int], limit: int, window: int
) -> list[bool]:
    logs: dict[str, deque[int]] = {}  # per client: times of admitted requests still in the window
    out = []
    for client, t in zip(clients, times):
        log = logs.setdefault(client, deque())
        while log and log[0] <= t - window:  # slid out of (t - window, t]
            log.popleft()
        if len(log) < limit:
            log.append(t)
            out.append(True)
        else:
            out.append(False)  # rejected requests are not logged
    return out
