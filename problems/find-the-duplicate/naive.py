def find_duplicate(nums: list[int]) -> int:
    """Compares every pair of positions."""
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] == nums[j]:
                return nums[i]
    return -1
