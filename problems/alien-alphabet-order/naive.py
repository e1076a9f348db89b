def alien_order(words: list[str]) -> str:
    """Compares every pair of words (not just neighbours) to collect the rules, then builds the
    order by repeatedly taking the smallest letter with nothing left before it."""
    letters = sorted(set("".join(words)))
    rules: set[tuple[str, str]] = set()
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            w, v = words[i], words[j]
            k = 0
            while k < len(w) and k < len(v) and w[k] == v[k]:
                k += 1
            if k < len(w) and k < len(v):
                rules.add((w[k], v[k]))
            elif len(w) > len(v):
                return ""
    order = ""
    left = list(letters)
    while left:
        ready = [c for c in left if all(not (y == c and x in left) for x, y in rules)]
        if not ready:
            return ""
        c = min(ready)
        order += c
        left.remove(c)
    return order
