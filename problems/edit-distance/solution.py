def edit_distance(source: str, target: str) -> int:
    # Keep the row over the shorter string; the distance is symmetric.
    if len(source) < len(target):
        source, target = target, source
    prev = list(range(len(target) + 1))
    for i, a in enumerate(source, 1):
        cur = [i] * (len(target) + 1)
        for j, b in enumerate(target, 1):
            if a == b:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j - 1], prev[j], cur[j - 1])
        prev = cur
    return prev[-1]
