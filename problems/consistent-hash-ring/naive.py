MASK = 0xFFFFFFFFFFFFFFFF


def fnv1a_64(text: str) -> int:
    h = 0xCBF29CE484222325
    for byte in text.encode():
        h = ((h ^ byte) * 0x100000001B3) & MASK
    return h


def position(text: str) -> int:
    """FNV-1a 64, then MurmurHash3's 64-bit finaliser to spread similar strings apart."""
    h = fnv1a_64(text)
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & MASK
    h ^= h >> 33
    h = (h * 0xC4CEB9FE1A85EC53) & MASK
    h ^= h >> 33
    return h


class HashRing:
    """Keeps the points unsorted and scans all of them for every key."""

    def __init__(self, vnodes: int):
        self.vnodes = vnodes
        self.points: list[tuple[int, str]] = []

    def add_node(self, name: str) -> None:
        if any(n == name for _, n in self.points):
            return
        self.points.extend((position(f"{name}#{i}"), name) for i in range(self.vnodes))

    def remove_node(self, name: str) -> None:
        self.points = [p for p in self.points if p[1] != name]

    def owner(self, key: str) -> str:
        if not self.points:
            return ""
        h = position(key)
        after = [p for p in self.points if p[0] >= h]
        return min(after or self.points)[1]
