def can_split_evenly(nums: list[int]) -> bool:
    total = sum(nums)
    if total % 2:
        return False
    half = total // 2
    # Bit s of `reachable` is set when some subset of the numbers seen so far sums to s.
    reachable = 1
    mask = (1 << (half + 1)) - 1
    for x in nums:
        reachable = (reachable | (reachable << x)) & mask
    return bool(reachable >> half & 1)
