def reordered_pairs(sent_at: list[int]) -> int:
    # Bottom-up merge sort; while merging, a right-half value taken before some left-half values
    # is smaller than all of them, and each such left value is an earlier packet sent later.
    a = list(sent_at)
    n = len(a)
    buf = [0] * n
    count = 0
    width = 1
    while width < n:
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i, j, k = lo, mid, lo
            while i < mid and j < hi:
                if a[i] <= a[j]:  # equal values are not out of order: take the left one first
                    buf[k] = a[i]
                    i += 1
                else:
                    buf[k] = a[j]
                    j += 1
                    count += mid - i  # a[j] is below every left value not yet taken
                k += 1
            buf[k : k + mid - i] = a[i:mid]
            k += mid - i
            buf[k : k + hi - j] = a[j:hi]
        a, buf = buf, a
        width *= 2
    return count
