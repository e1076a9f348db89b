from collections import defaultdict, deque


def ladder_length(begin: str, end: str, words: list[str]) -> int:
    if end not in words:
        return 0
    n = len(begin)
    # Each pattern (one letter replaced by '*') lists the words that match it.
    buckets: defaultdict[str, list[str]] = defaultdict(list)
    for w in words:
        for i in range(n):
            buckets[w[:i] + "*" + w[i + 1 :]].append(w)
    dist = {begin: 1}
    queue = deque([begin])
    while queue:
        w = queue.popleft()
        for i in range(n):
            pattern = w[:i] + "*" + w[i + 1 :]
            for v in buckets.pop(pattern, ()):
                if v not in dist:
                    if v == end:
                        return dist[w] + 1
                    dist[v] = dist[w] + 1
                    queue.append(v)
    return 0
