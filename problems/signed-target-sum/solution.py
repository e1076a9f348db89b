def count_sign_choices(nums: list[int], target: int) -> int:
    total = sum(nums)
    # The numbers given a plus sign sum to P, the others to total - P, and
    # P - (total - P) = target, so P = (total + target) / 2.
    if abs(target) > total or (total + target) % 2:
        return 0
    plus = (total + target) // 2
    ways = [0] * (plus + 1)  # ways[s]: subsets of the numbers so far summing to s
    ways[0] = 1
    for x in nums:
        for s in range(plus, x - 1, -1):
            ways[s] += ways[s - x]
    return ways[plus]
