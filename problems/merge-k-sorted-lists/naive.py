def merge_sorted_lists(lists: list[list[int]]) -> list[int]:
    """Merges each log into the result in turn: the result is copied again for every log."""
    out: list[int] = []
    for log in lists:
        merged = []
        a = b = 0
        while a < len(out) and b < len(log):
            if out[a] <= log[b]:
                merged.append(out[a])
                a += 1
            else:
                merged.append(log[b])
                b += 1
        merged.extend(out[a:])
        merged.extend(log[b:])
        out = merged
    return out
