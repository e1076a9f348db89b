def fewest_removals(bookings: list[list[int]]) -> int:
    kept = 0
    last_end = float("-inf")
    for start, end in sorted(bookings, key=lambda b: b[1]):
        if start >= last_end:
            kept += 1
            last_end = end
    return len(bookings) - kept
