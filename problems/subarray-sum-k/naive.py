def count_subarrays_with_sum(nums: list[int], k: int) -> int:
    count = 0
    for i in range(len(nums)):
        s = 0
        for j in range(i, len(nums)):
            s += nums[j]
            if s == k:
                count += 1
    return count
