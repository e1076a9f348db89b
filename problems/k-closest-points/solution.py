import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    # Max-heap (by negated key) of the k best points seen so far.
    heap = []
    for x, y in points:
        key = (-(x * x + y * y), -x, -y)
        if len(heap) < k:
            heapq.heappush(heap, key)
        elif key > heap[0]:  # better than the worst of the current k
            heapq.heapreplace(heap, key)
    best = sorted((-d, -nx, -ny) for d, nx, ny in heap)
    return [[x, y] for _, x, y in best]
