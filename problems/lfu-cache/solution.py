from collections import OrderedDict


class LfuCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries: dict[int, list[int]] = {}  # key -> [value, uses]
        # uses -> keys with that count, least recently used first
        self.buckets: dict[int, OrderedDict[int, None]] = {}
        self.min_uses = 0

    def _touch(self, key: int) -> None:
        """Moves key from its bucket to the next one up, at the most recent end."""
        entry = self.entries[key]
        uses = entry[1]
        bucket = self.buckets[uses]
        del bucket[key]
        if not bucket:
            del self.buckets[uses]
            if self.min_uses == uses:
                self.min_uses = uses + 1
        entry[1] = uses + 1
        self.buckets.setdefault(uses + 1, OrderedDict())[key] = None

    def get(self, key: int) -> int:
        if key not in self.entries:
            return -1
        self._touch(key)
        return self.entries[key][0]

    def put(self, key: int, value: int) -> None:
        if key in self.entries:
            self.entries[key][0] = value
            self._touch(key)
            return
        if len(self.entries) == self.capacity:
            bucket = self.buckets[self.min_uses]
            victim, _ = bucket.popitem(last=False)
            if not bucket:
                del self.buckets[self.min_uses]
            del self.entries[victim]
        self.entries[key] = [value, 1]
        self.buckets.setdefault(1, OrderedDict())[key] = None
        self.min_uses = 1
