from bisect import bisect_right


def account_balances(events: list[str], queries: list[str]) -> list[int]:
    balance: dict[str, int] = {}
    # Per account, the versions at which its balance changed and the balance from then on.
    versions: dict[str, list[int]] = {}
    values: dict[str, list[int]] = {}

    def record(account: str, v: int) -> None:
        versions[account].append(v)
        values[account].append(balance[account])

    for v, event in enumerate(events, 1):
        f = event.split()
        if f[0] == "open":
            if f[1] not in balance:
                balance[f[1]] = 0
                versions[f[1]], values[f[1]] = [], []
                record(f[1], v)
        elif f[0] == "deposit":
            a, amount = f[1], int(f[2])
            if a in balance:
                balance[a] += amount
                record(a, v)
        elif f[0] == "withdraw":
            a, amount = f[1], int(f[2])
            if a in balance and balance[a] >= amount:
                balance[a] -= amount
                record(a, v)
        else:  # transfer
            a, b, amount = f[1], f[2], int(f[3])
            if a in balance and b in balance and a != b and balance[a] >= amount:
                balance[a] -= amount
                balance[b] += amount
                record(a, v)
                record(b, v)
        # Any other event is rejected: it keeps its version but changes nothing.
    out = []
    for q in queries:
        account, v = q.split()
        i = bisect_right(versions.get(account, []), int(v)) - 1
        out.append(values[account][i] if i >= 0 else -1)
    return out
