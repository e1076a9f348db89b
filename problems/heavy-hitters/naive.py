class TrendingTopK:
    """Sorts every counted item for each query."""

    def __init__(self) -> None:
        self.count: dict[str, int] = {}

    def add(self, item: str) -> None:
        self.count[item] = self.count.get(item, 0) + 1

    def remove(self, item: str) -> None:
        if self.count.get(item, 0) > 0:
            self.count[item] -= 1
            if self.count[item] == 0:
                del self.count[item]

    def top_k(self, k: int) -> list[str]:
        ranked = sorted(self.count, key=lambda item: (-self.count[item], item))
        return ranked[:k]
