def compact_sorted(nums: list[int]) -> list[int]:
    i = 1
    while i < len(nums):
        if nums[i] == nums[i - 1]:
            nums.pop(i)  # shifts every later value one place left
        else:
            i += 1
    return nums
