def count_sign_choices(nums: list[int], target: int) -> int:
    def count(i: int, value: int) -> int:
        # Try both signs for every number.
        if i == len(nums):
            return 1 if value == target else 0
        return count(i + 1, value + nums[i]) + count(i + 1, value - nums[i])

    return count(0, 0)
