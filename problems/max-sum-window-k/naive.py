def max_window_sum(nums: list[int], k: int) -> int:
    return max(sum(nums[i : i + k]) for i in range(len(nums) - k + 1))
