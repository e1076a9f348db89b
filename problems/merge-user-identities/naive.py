def merge_identities(records: list[list[str]]) -> list[list[str]]:
    """Keeps a list of groups and merges any two that share an address, comparing every pair of
    groups again after each merge, until no two groups share an address."""
    groups = [set(rec) for rec in records]
    merged = True
    while merged:
        merged = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                if groups[i] & groups[j]:
                    groups[i] |= groups.pop(j)
                    merged = True
                    break
            if merged:
                break
    return sorted(sorted(g) for g in groups)
