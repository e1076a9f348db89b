def can_attend_all(meetings: list[list[int]]) -> bool:
    for i in range(len(meetings)):
        for j in range(i + 1, len(meetings)):
            a, b = meetings[i], meetings[j]
            if a[0] < b[1] and b[0] < a[1]:
                return False
    return True
