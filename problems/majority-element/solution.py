def majority_element(nums: list[int]) -> int:
    candidate, lead = 0, 0
    for x in nums:
        if lead == 0:
            candidate = x
        lead += 1 if x == candidate else -1
    return candidate
