def longest_consecutive_run(nums: list[int]) -> int:
    values = set(nums)
    best = 0
    for x in nums:
        # Walks up from every value, even from the middle of a run.
        end = x
        while end + 1 in values:
            end += 1
        best = max(best, end - x + 1)
    return best
