def first_missing_positive(nums: list[int]) -> int:
    """Tries 1, 2, 3, ... with a scan of the whole array for each."""
    k = 1
    while k in nums:
        k += 1
    return k
