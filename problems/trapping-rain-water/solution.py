def trapped_water(heights: list[int]) -> int:
    lo, hi = 0, len(heights) - 1
    left_max = right_max = 0
    total = 0
    while lo <= hi:
        if left_max <= right_max:
            if heights[lo] > left_max:
                left_max = heights[lo]
            total += left_max - heights[lo]
            lo += 1
        else:
            if heights[hi] > right_max:
                right_max = heights[hi]
            total += right_max - heights[hi]
            hi -= 1
    return total
