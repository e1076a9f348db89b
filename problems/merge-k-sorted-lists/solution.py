import heapq


def merge_sorted_lists(lists: list[list[int]]) -> list[int]:
    # One entry per log that still has values: (its front value, log, position).
    heap = [(log[0], i, 0) for i, log in enumerate(lists) if log]
    heapq.heapify(heap)
    out = []
    while heap:
        value, i, j = heap[0]
        out.append(value)
        if j + 1 < len(lists[i]):
            heapq.heapreplace(heap, (lists[i][j + 1], i, j + 1))
        else:
            heapq.heappop(heap)
    return out
