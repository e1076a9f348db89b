import heapq


class TrendingTopK:
    def __init__(self) -> None:
        self.count: dict[str, int] = {}
        # Entries (-count, item), possibly stale: an entry is live while its count is current.
        self.heap: list[tuple[int, str]] = []

    def add(self, item: str) -> None:
        c = self.count.get(item, 0) + 1
        self.count[item] = c
        heapq.heappush(self.heap, (-c, item))

    def remove(self, item: str) -> None:
        c = self.count.get(item, 0)
        if c == 0:
            return
        if c == 1:
            del self.count[item]
        else:
            self.count[item] = c - 1
            heapq.heappush(self.heap, (1 - c, item))

    def top_k(self, k: int) -> list[str]:
        out: list[str] = []
        live: list[tuple[int, str]] = []
        while self.heap and len(out) < k:
            neg, item = heapq.heappop(self.heap)
            # Drop stale entries for good, and duplicates of an entry already taken.
            if self.count.get(item, 0) == -neg and (not live or live[-1] != (neg, item)):
                live.append((neg, item))
                out.append(item)
        for entry in live:  # the answers stay in the heap for later queries
            heapq.heappush(self.heap, entry)
        return out
