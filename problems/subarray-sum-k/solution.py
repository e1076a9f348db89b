from collections import defaultdict


def count_subarrays_with_sum(nums: list[int], k: int) -> int:
    # seen[p] = how many prefixes so far have sum p; the empty prefix has sum 0.
    seen: defaultdict[int, int] = defaultdict(int)
    seen[0] = 1
    total = count = 0
    for x in nums:
        total += x
        count += seen[total - k]
        seen[total] += 1
    return count
