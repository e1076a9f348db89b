def single_among_triples(nums: list[int]) -> int:
    """Counts each value's occurrences with a scan of the whole array: O(n^2)."""
    for x in nums:
        if nums.count(x) == 1:
            return x
    return 0
