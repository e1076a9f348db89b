from collections import deque


def window_maxima(nums: list[int], k: int) -> list[int]:
    candidates: deque[int] = deque()  # indices in the window, their values strictly decreasing
    maxima: list[int] = []
    for i, x in enumerate(nums):
        while candidates and nums[candidates[-1]] <= x:
            candidates.pop()
        candidates.append(i)
        if candidates[0] <= i - k:
            candidates.popleft()
        if i >= k - 1:
            maxima.append(nums[candidates[0]])
    return maxima
