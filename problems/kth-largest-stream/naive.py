class KthLargest:
    """Keeps every value and sorts them all on each add."""

    def __init__(self, k: int, nums: list[int]):
        self.k = k
        self.values = list(nums)

    def add(self, val: int) -> int:
        self.values.append(val)
        self.values.sort()
        return self.values[-self.k]
