def mismatched_set(nums: list[int]) -> list[int]:
    """Counts each number with a scan of the whole array."""
    dup = miss = 0
    for k in range(1, len(nums) + 1):
        c = nums.count(k)
        if c == 2:
            dup = k
        elif c == 0:
            miss = k
    return [dup, miss]
