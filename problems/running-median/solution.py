import heapq


class RunningMedian:
    def __init__(self) -> None:
        self.low: list[int] = []  # max-heap of the smaller half, stored negated
        self.high: list[int] = []  # min-heap of the larger half

    def add_num(self, num: int) -> None:
        # Route the number through the lower half so the halves stay ordered.
        heapq.heappush(self.high, -heapq.heappushpop(self.low, -num))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def find_median(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
