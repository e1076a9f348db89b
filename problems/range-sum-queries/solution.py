from itertools import accumulate


class RangeSum:
    def __init__(self, nums: list[int]):
        # prefix[i] = nums[0] + ... + nums[i - 1]; prefix[0] = 0.
        self.prefix = [0, *accumulate(nums)]

    def sum_range(self, left: int, right: int) -> int:
        return self.prefix[right + 1] - self.prefix[left]
