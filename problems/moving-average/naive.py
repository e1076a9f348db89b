class MovingAverage:
    def __init__(self, size: int):
        self.size = size
        self.values: list[int] = []

    def next(self, val: int) -> float:
        self.values.append(val)
        window = self.values[-self.size:]
        total = 0
        for x in window:
            total += x
        return total / len(window)
