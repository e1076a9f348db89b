class VectorClock:
    """Keeps the clock as a list of [node, counter] pairs and searches it for every entry."""

    def __init__(self, node: int):
        self.node = node
        self.pairs: list[list[int]] = []

    def _get(self, pairs: list[list[int]], node: int) -> int:
        for n, c in pairs:
            if n == node:
                return c
        return 0

    def _set(self, node: int, count: int) -> None:
        for pair in self.pairs:
            if pair[0] == node:
                pair[1] = count
                return
        self.pairs.append([node, count])

    def tick(self) -> None:
        self._set(self.node, self._get(self.pairs, self.node) + 1)

    def merge(self, other: list[list[int]]) -> None:
        for node, count in other:
            if count > self._get(self.pairs, node):
                self._set(node, count)
        self.tick()

    def compare(self, other: list[list[int]]) -> str:
        less = any(c < self._get(other, n) for n, c in self.pairs) or any(
            self._get(self.pairs, n) < c for n, c in other
        )
        more = any(c > self._get(other, n) for n, c in self.pairs) or any(
            self._get(self.pairs, n) > c for n, c in other
        )
        if less and more:
            return "concurrent"
        return "before" if less else "after" if more else "equal"

    def entries(self) -> list[list[int]]:
        return sorted([n, c] for n, c in self.pairs if c > 0)
