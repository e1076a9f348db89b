from bisect import bisect_left


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
    def __init__(self, vnodes: int):
        self.vnodes = vnodes
        self.nodes: set[str] = set()
        self.ring: list[tuple[int, str]] = []  # (position, node), sorted

    def add_node(self, name: str) -> None:
        if name in self.nodes:
            return
        self.nodes.add(name)
        self.ring.extend((position(f"{name}#{i}"), name) for i in range(self.vnodes))
        self.ring.sort()

    def remove_node(self, name: str) -> None:
        if name not in self.nodes:
            return
        self.nodes.remove(name)
        self.ring = [point for point in self.ring if point[1] != name]

    def owner(self, key: str) -> str:
        if not self.ring:
            return ""
        # The first point at or after the key's position: (h, "") sorts before any (h, name).
        i = bisect_left(self.ring, (position(key), ""))
        return self.ring[i % len(self.ring)][1]
