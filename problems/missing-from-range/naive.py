def missing_number(nums: list[int]) -> int:
    """Checks each number with a scan of the whole array."""
    for k in range(len(nums) + 1):
        if k not in nums:
            return k
    return -1
