class SpanTracker:
    """Keeps every price and walks back from today on each call."""

    def __init__(self):
        self.prices: list[int] = []

    def record(self, price: int) -> int:
        self.prices.append(price)
        span = 0
        for p in reversed(self.prices):
            if p > price:
                break
            span += 1
        return span
