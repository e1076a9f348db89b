def covered_area(a: list[int], b: list[int]) -> int:
    # Union = both areas minus the overlap, counted twice otherwise.
    def area(r: list[int]) -> int:
        return (r[2] - r[0]) * (r[3] - r[1])

    # The overlap is the product of the overlaps of the x-intervals and the y-intervals.
    w = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    return area(a) + area(b) - w * h
