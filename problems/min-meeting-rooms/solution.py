import heapq


def min_meeting_rooms(interviews: list[list[int]]) -> int:
    free_at: list[int] = []  # min-heap: the minute each room in use becomes free
    for start, end in sorted(interviews):
        if free_at and free_at[0] <= start:
            heapq.heapreplace(free_at, end)
        else:
            heapq.heappush(free_at, end)
    return len(free_at)
