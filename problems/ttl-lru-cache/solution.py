import heapq
from collections import OrderedDict


class TtlLruCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries: OrderedDict[int, tuple[int, int]] = OrderedDict()  # key -> (value, expiry)
        self.expiries: list[tuple[int, int]] = []  # (expiry, key), stale ones skipped

    def _purge(self, now: int) -> None:
        while self.expiries and self.expiries[0][0] <= now:
            expiry, key = heapq.heappop(self.expiries)
            entry = self.entries.get(key)
            if entry is not None and entry[1] == expiry:
                del self.entries[key]

    def get(self, key: int, now: int) -> int:
        self._purge(now)
        if key not in self.entries:
            return -1
        self.entries.move_to_end(key)
        return self.entries[key][0]

    def put(self, key: int, value: int, ttl: int, now: int) -> None:
        self._purge(now)
        if key in self.entries:
            self.entries.move_to_end(key)
        elif len(self.entries) == self.capacity:
            self.entries.popitem(last=False)
        self.entries[key] = (value, now + ttl)
        heapq.heappush(self.expiries, (now + ttl, key))

    def size(self, now: int) -> int:
        self._purge(now)
        return len(self.entries)
