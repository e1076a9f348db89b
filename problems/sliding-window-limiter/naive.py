def sliding_window_limiter(
    clients: list[str], times: list[int], limit: int, window: int
) -> list[bool]:
    """Keeps every admitted request forever and counts the recent ones anew for each request."""
    logs: dict[str, list[int]] = {}
    out = []
    for client, t in zip(clients, times):
        log = logs.setdefault(client, [])
        recent = sum(1 for s in log if s > t - window)
        if recent < limit:
            log.append(t)
            out.append(True)
        else:
            out.append(False)
    return out
