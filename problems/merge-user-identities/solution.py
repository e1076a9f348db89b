def merge_identities(records: list[list[str]]) -> list[list[str]]:
    parent = list(range(len(records)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    # Join each record to the first record that gave the same address.
    owner: dict[str, int] = {}
    for i, rec in enumerate(records):
        for addr in rec:
            if addr in owner:
                a, b = find(i), find(owner[addr])
                if a != b:
                    parent[a] = b
            else:
                owner[addr] = i
    # Each address goes to its first record's group; sort within and across groups.
    groups: dict[int, list[str]] = {}
    for addr, i in owner.items():
        groups.setdefault(find(i), []).append(addr)
    return sorted(sorted(g) for g in groups.values())
