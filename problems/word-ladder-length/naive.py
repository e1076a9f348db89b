from collections import deque


def ladder_length(begin: str, end: str, words: list[str]) -> int:
    """Breadth-first search that finds each word's neighbours by comparing it with every word."""

    def one_apart(a: str, b: str) -> bool:
        return sum(x != y for x, y in zip(a, b)) == 1

    dist = {begin: 1}
    queue = deque([begin])
    while queue:
        w = queue.popleft()
        for v in words:
            if v not in dist and one_apart(w, v):
                dist[v] = dist[w] + 1
                if v == end:
                    return dist[v]
                queue.append(v)
    return 0
