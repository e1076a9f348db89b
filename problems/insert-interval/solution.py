def insert_interval(busy: list[list[int]], block: list[int]) -> list[list[int]]:
    start, end = block
    out: list[list[int]] = []
    i, n = 0, len(busy)
    while i < n and busy[i][1] < start:  # ends before the new block
        out.append(busy[i])
        i += 1
    while i < n and busy[i][0] <= end:  # meets it: combine
        start = min(start, busy[i][0])
        end = max(end, busy[i][1])
        i += 1
    out.append([start, end])
    out.extend(busy[i:])  # starts after it
    return out
