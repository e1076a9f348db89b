def zero_sum_trios(nums: list[int]) -> list[list[int]]:
    nums = sorted(nums)
    n = len(nums)
    trios = []
    for i in range(n - 2):
        a = nums[i]
        if a > 0:
            break  # three positive numbers cannot cancel out
        if i > 0 and a == nums[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = a + nums[lo] + nums[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                trios.append([a, nums[lo], nums[hi]])
                lo += 1
                hi -= 1
                while lo < hi and nums[lo] == nums[lo - 1]:
                    lo += 1
    return trios
