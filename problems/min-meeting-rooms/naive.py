def min_meeting_rooms(interviews: list[list[int]]) -> int:
    """Scans every open room for a free one: O(n * rooms), O(n^2) when most overlap."""
    rooms: list[int] = []  # the minute each room becomes free
    for start, end in sorted(interviews):
        for i, free in enumerate(rooms):
            if free <= start:
                rooms[i] = end
                break
        else:
            rooms.append(end)
    return len(rooms)
