class HitCounter:
    """Keeps every view and counts through all of them on each query."""

    def __init__(self):
        self.views: list[int] = []

    def hit(self, timestamp: int) -> None:
        self.views.append(timestamp)

    def get_hits(self, timestamp: int) -> int:
        return sum(1 for s in self.views if timestamp - 300 < s <= timestamp)
