import heapq


def common_free_time(schedules: list[list[int]]) -> list[list[int]]:
    # Min-heap of each member's next interval: (start, end, member, position in the row).
    heap = [(row[0], row[1], m, 0) for m, row in enumerate(schedules)]
    heapq.heapify(heap)
    reach = heap[0][0]  # latest end of the busy time merged so far
    gaps = []
    while heap:
        start, end, m, i = heapq.heappop(heap)
        if start > reach:
            gaps.append([reach, start])
        reach = max(reach, end)
        row = schedules[m]
        if i + 2 < len(row):
            heapq.heappush(heap, (row[i + 2], row[i + 3], m, i + 2))
    return gaps
