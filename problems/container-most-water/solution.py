def max_water(heights: list[int]) -> int:
    lo, hi = 0, len(heights) - 1
    best = 0
    while lo < hi:
        if heights[lo] <= heights[hi]:
            area = (hi - lo) * heights[lo]
            lo += 1
        else:
            area = (hi - lo) * heights[hi]
            hi -= 1
        if area > best:
            best = area
    return best
