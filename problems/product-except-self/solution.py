def product_except_self(nums: list[int]) -> list[int]:
    n = len(nums)
    out = [1] * n
    # out[i] = product of everything left of i, then times everything right of i.
    left = 1
    for i in range(n):
        out[i] = left
        left *= nums[i]
    right = 1
    for i in range(n - 1, -1, -1):
        out[i] *= right
        right *= nums[i]
    return out
