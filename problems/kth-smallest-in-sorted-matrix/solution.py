def kth_smallest(matrix: list[list[int]], k: int) -> int:
    m, n = len(matrix), len(matrix[0])

    def count_at_most(x: int) -> int:
        # Staircase from the bottom-left corner.
        row, col, count = m - 1, 0, 0
        while row >= 0 and col < n:
            if matrix[row][col] <= x:
                count += row + 1
                col += 1
            else:
                row -= 1
        return count

    lo, hi = matrix[0][0], matrix[m - 1][n - 1]
    while lo < hi:
        mid = (lo + hi) // 2
        if count_at_most(mid) >= k:
            hi = mid
        else:
            lo = mid + 1
    return lo
