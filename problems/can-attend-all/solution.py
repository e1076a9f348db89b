def can_attend_all(meetings: list[list[int]]) -> bool:
    meetings = sorted(meetings)
    return all(prev[1] <= cur[0] for prev, cur in zip(meetings, meetings[1:]))
