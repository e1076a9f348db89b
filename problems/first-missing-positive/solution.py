def first_missing_positive(nums: list[int]) -> int:
    n = len(nums)
    for i in range(n):
        # Move the value here to its slot while it belongs to 1..n and the slot lacks it.
        while 1 <= nums[i] <= n and nums[nums[i] - 1] != nums[i]:
            j = nums[i] - 1
            nums[i], nums[j] = nums[j], nums[i]
    for i, v in enumerate(nums):
        if v != i + 1:
            return i + 1
    return n + 1
