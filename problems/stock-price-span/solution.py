class SpanTracker:
    def __init__(self):
        # (price, span): each entry stands for its day and the days it swallowed;
        # prices strictly decrease from bottom to top.
        self.stack: list[tuple[int, int]] = []

    def record(self, price: int) -> int:
        span = 1
        while self.stack and self.stack[-1][0] <= price:
            span += self.stack.pop()[1]
        self.stack.append((price, span))
        return span
