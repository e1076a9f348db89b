def pair_with_target_sum(nums: list[int], target: int) -> list[int]:
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        s = nums[lo] + nums[hi]
        if s == target:
            return [lo, hi]
        if s > target:
            hi -= 1
        else:
            lo += 1
    return []
