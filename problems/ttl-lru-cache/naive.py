class TtlLruCache:
    """Keeps [key, value, expiry] in a list ordered by last use and rescans it on every call."""

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries: list[list[int]] = []  # least recently used first

    def _purge(self, now: int) -> None:
        self.entries = [e for e in self.entries if e[2] > now]

    def _find(self, key: int) -> int:
        for i, e in enumerate(self.entries):
            if e[0] == key:
                return i
        return -1

    def get(self, key: int, now: int) -> int:
        self._purge(now)
        i = self._find(key)
        if i < 0:
            return -1
        entry = self.entries.pop(i)
        self.entries.append(entry)
        return entry[1]

    def put(self, key: int, value: int, ttl: int, now: int) -> None:
        self._purge(now)
        i = self._find(key)
        if i >= 0:
            self.entries.pop(i)
        elif len(self.entries) == self.capacity:
            self.entries.pop(0)
        self.entries.append([key, value, now + ttl])

    def size(self, now: int) -> int:
        self._purge(now)
        return len(self.entries)
