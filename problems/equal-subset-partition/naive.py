def can_split_evenly(nums: list[int]) -> bool:
    total = sum(nums)
    if total % 2:
        return False

    def pick(i: int, remaining: int) -> bool:
        # Try every subset: take nums[i] or leave it.
        if remaining == 0:
            return True
        if i == len(nums) or remaining < 0:
            return False
        return pick(i + 1, remaining - nums[i]) or pick(i + 1, remaining)

    return pick(0, total // 2)
