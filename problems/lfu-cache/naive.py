class LfuCache:
    """Remembers each key's use count and last use; evicting scans every entry."""

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries: dict[int, list[int]] = {}  # key -> [value, uses, last use]
        self.clock = 0

    def _use(self, entry: list[int]) -> None:
        self.clock += 1
        entry[1] += 1
        entry[2] = self.clock

    def get(self, key: int) -> int:
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self._use(entry)
        return entry[0]

    def put(self, key: int, value: int) -> None:
        entry = self.entries.get(key)
        if entry is not None:
            entry[0] = value
            self._use(entry)
            return
        if len(self.entries) == self.capacity:
            victim = min(self.entries, key=lambda k: (self.entries[k][1], self.entries[k][2]))
            del self.entries[victim]
        self.entries[key] = [value, 0, 0]
        self._use(self.entries[key])
