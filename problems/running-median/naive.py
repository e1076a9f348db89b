class RunningMedian:
    """Keeps every number and sorts them all for each median."""

    def __init__(self) -> None:
        self.nums: list[int] = []

    def add_num(self, num: int) -> None:
        self.nums.append(num)

    def find_median(self) -> float:
        s = sorted(self.nums)
        n = len(s)
        if n % 2 == 1:
            return float(s[n // 2])
        return (s[n // 2 - 1] + s[n // 2]) / 2
