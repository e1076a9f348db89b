import heapq


def smallest_pair_sums(first: list[int], second: list[int], k: int) -> list[list[int]]:
    # One entry per row: the row's first bundle not yet output, keyed by (cost, i, j).
    heap = [(first[i] + second[0], i, 0) for i in range(min(len(first), k))]
    heapq.heapify(heap)
    out = []
    while heap and len(out) < k:
        _, i, j = heapq.heappop(heap)
        out.append([i, j])
        if j + 1 < len(second):
            heapq.heappush(heap, (first[i] + second[j + 1], i, j + 1))
    return out
