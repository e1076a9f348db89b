def trapped_water(heights: list[int]) -> int:
    total = 0
    for i in range(len(heights)):
        level = min(max(heights[: i + 1]), max(heights[i:]))
        total += level - heights[i]
    return total
