def all_missing_numbers(nums: list[int]) -> list[int]:
    """Checks each number with a scan of the whole array."""
    return [k for k in range(1, len(nums) + 1) if k not in nums]
