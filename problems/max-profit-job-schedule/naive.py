def max_booking_fees(bookings: list[list[int]]) -> int:
    """Sorted by end; each booking looks at every earlier one it can follow."""
    order = sorted(bookings, key=lambda b: b[1])
    n = len(order)
    take = [0] * n  # the most a plan ending with booking i can earn
    for i in range(n):
        take[i] = order[i][2]
        for j in range(i):
            if order[j][1] <= order[i][0]:
                take[i] = max(take[i], take[j] + order[i][2])
    return max(take, default=0)
