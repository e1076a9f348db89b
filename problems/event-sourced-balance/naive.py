def account_balances(events: list[str], queries: list[str]) -> list[int]:
    """Replays the stream from the start for every query."""
    out = []
    for q in queries:
        account, version = q.split()
        balance: dict[str, int] = {}
        for event in events[: int(version)]:
            f = event.split()
            if f[0] == "open":
                balance.setdefault(f[1], 0)
            elif f[0] == "deposit":
                if f[1] in balance:
                    balance[f[1]] += int(f[2])
            elif f[0] == "withdraw":
                if f[1] in balance and balance[f[1]] >= int(f[2]):
                    balance[f[1]] -= int(f[2])
            else:
                a, b, amount = f[1], f[2], int(f[3])
                if a in balance and b in balance and a != b and balance[a] >= amount:
                    balance[a] -= amount
                    balance[b] += amount
        out.append(balance.get(account, -1))
    return out
