class LruCache:
    """Keeps entries in a list ordered by last use: every call scans it."""

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries: list[list[int]] = []  # [key, value], least recently used first

    def _find(self, key: int) -> int:
        for i, (k, _) in enumerate(self.entries):
            if k == key:
                return i
        return -1

    def get(self, key: int) -> int:
        i = self._find(key)
        if i < 0:
            return -1
        entry = self.entries.pop(i)
        self.entries.append(entry)
        return entry[1]

    def put(self, key: int, value: int) -> None:
        i = self._find(key)
        if i >= 0:
            self.entries.pop(i)
        elif len(self.entries) == self.capacity:
            self.entries.pop(0)
        self.entries.append([key, value])
