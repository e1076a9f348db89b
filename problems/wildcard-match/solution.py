def mask_matches(text: str, mask: str) -> bool:
    n = len(text)
    # row[i] = the mask read so far matches text[:i] exactly.
    row = [True] + [False] * n
    for c in mask:
        if c == "*":
            # Either the star takes nothing (row[i]) or it takes text[i-1] too (new[i-1]).
            new = [row[0]] * (n + 1)
            for i in range(1, n + 1):
                new[i] = row[i] or new[i - 1]
        else:
            # One character, which must be `?` or equal to text[i-1].
            new = [False] + [row[i] and (c == "?" or c == t) for i, t in enumerate(text)]
        row = new
    return row[n]
