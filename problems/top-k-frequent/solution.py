import heapq
from collections import Counter


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts = Counter(nums)
    # The k best by (highest count, then smallest value), already in that order.
    best = heapq.nsmallest(k, counts.items(), key=lambda item: (-item[1], item[0]))
    return [value for value, _ in best]
