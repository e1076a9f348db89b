import heapq


def window_medians(nums: list[int], k: int) -> list[float]:
    # low: max-heap of the smaller half as (-value, index); high: min-heap of the larger half.
    # Entries that left the window stay in a heap until they reach its top (lazy deletion).
    low, high = [], []
    in_low = [False] * len(nums)  # which heap holds each index
    low_n = high_n = 0  # live entries in each heap
    out = []

    def clean(start: int) -> None:
        # Drop tops whose index is before the window, which starts at `start`.
        while low and low[0][1] < start:
            heapq.heappop(low)
        while high and high[0][1] < start:
            heapq.heappop(high)

    for i, x in enumerate(nums):
        start = i - k + 1
        if i >= k:  # nums[i - k] leaves the window
            if in_low[i - k]:
                low_n -= 1
            else:
                high_n -= 1
            clean(start)
        if low_n and x <= -low[0][0]:
            heapq.heappush(low, (-x, i))
            in_low[i] = True
            low_n += 1
        else:
            heapq.heappush(high, (x, i))
            high_n += 1
        # Rebalance so that low has as many live entries as high, or one more.
        if low_n > high_n + 1:
            v, j = heapq.heappop(low)
            heapq.heappush(high, (-v, j))
            in_low[j] = False
            low_n, high_n = low_n - 1, high_n + 1
        elif low_n < high_n:
            v, j = heapq.heappop(high)
            heapq.heappush(low, (-v, j))
            in_low[j] = True
            low_n, high_n = low_n + 1, high_n - 1
        clean(start)
        if start >= 0:
            if k % 2:
                out.append(float(-low[0][0]))
            else:
                out.append((-low[0][0] + high[0][0]) / 2)
    return out
