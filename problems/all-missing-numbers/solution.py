def all_missing_numbers(nums: list[int]) -> list[int]:
    for i in range(len(nums)):
        # Swap the value here to its home until the home already holds it.
        while nums[i] != nums[nums[i] - 1]:
            j = nums[i] - 1
            nums[i], nums[j] = nums[j], nums[i]
    return [i + 1 for i, v in enumerate(nums) if v != i + 1]
