def fewest_removals(bookings: list[list[int]]) -> int:
    """A longest-chain DP over every pair of requests: O(n^2)."""
    by_end = sorted(bookings, key=lambda b: b[1])
    # most[i]: the most requests kept among by_end[: i + 1] when by_end[i] is kept last.
    most: list[int] = []
    for i, (start, _) in enumerate(by_end):
        best = 1
        for j in range(i):
            if by_end[j][1] <= start and most[j] + 1 > best:
                best = most[j] + 1
        most.append(best)
    return len(bookings) - max(most, default=0)
