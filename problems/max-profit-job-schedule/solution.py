from bisect import bisect_right


def max_booking_fees(bookings: list[list[int]]) -> int:
    # Sort by end time; best[k] is the most the first k bookings (in that order) can earn.
    order = sorted(bookings, key=lambda b: b[1])
    ends = [b[1] for b in order]
    best = [0] * (len(order) + 1)
    for k, (start, _end, fee) in enumerate(order):
        # Bookings that end by `start` are a prefix of the order: find its length.
        fits = bisect_right(ends, start, 0, k)
        best[k + 1] = max(best[k], best[fits] + fee)
    return best[-1]
