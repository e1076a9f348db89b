def lonely_number(nums: list[int]) -> int:
    """Looks for a partner of each value by scanning the whole array."""
    for i, x in enumerate(nums):
        if not any(j != i and y == x for j, y in enumerate(nums)):
            return x
    return 0
