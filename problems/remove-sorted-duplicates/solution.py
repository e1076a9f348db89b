def compact_sorted(nums: list[int]) -> list[int]:
    if not nums:
        return nums
    write = 1
    for read in range(1, len(nums)):
        if nums[read] != nums[write - 1]:
            nums[write] = nums[read]
            write += 1
    del nums[write:]
    return nums
