import heapq


def alien_order(words: list[str]) -> str:
    letters = sorted(set("".join(words)))
    before: dict[str, set[str]] = {c: set() for c in letters}  # c -> letters after c
    missing = dict.fromkeys(letters, 0)  # letters known to come before each letter
    # Only neighbouring words matter: sortedness is transitive.
    for w, v in zip(words, words[1:]):
        for x, y in zip(w, v):
            if x != y:
                if y not in before[x]:
                    before[x].add(y)
                    missing[y] += 1
                break
        else:
            if len(w) > len(v):
                return ""  # a word before its own proper prefix
    # Kahn's algorithm with a min-heap: the smallest Latin letter among the ready ones.
    ready = [c for c in letters if missing[c] == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        c = heapq.heappop(ready)
        order.append(c)
        for d in before[c]:
            missing[d] -= 1
            if missing[d] == 0:
                heapq.heappush(ready, d)
    return "".join(order) if len(order) == len(letters) else ""
