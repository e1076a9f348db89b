def kth_largest(nums: list[int], k: int) -> int:
    # Remove the largest value k - 1 times; the largest left is the answer.
    rest = list(nums)
    for _ in range(k - 1):
        rest.remove(max(rest))
    return max(rest)
