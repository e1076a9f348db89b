FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK = (1 << 64) - 1


def fnv1a64(data: bytes) -> int:
    h = FNV_OFFSET
    for byte in data:
        h = ((h ^ byte) * FNV_PRIME) & MASK
    return h


class BloomFilter:
    """Keeps the keys added and works out, on every query, which bits they would have set."""

    def __init__(self, m: int, k: int):
        self.m = m
        self.k = k
        self.keys: list[str] = []

    def _positions(self, key: str) -> list[int]:
        h = fnv1a64(key.encode())
        h1, h2 = h & 0xFFFFFFFF, h >> 32
        return [(h1 + i * h2) % self.m for i in range(self.k)]

    def add(self, key: str) -> None:
        self.keys.append(key)

    def might_contain(self, key: str) -> bool:
        for p in self._positions(key):
            if not any(p in self._positions(other) for other in self.keys):
                return False
        return True
