def seating_orders(guests: list[int]) -> list[list[int]]:
    n = len(guests)
    used = [False] * n
    row: list[int] = []
    out: list[list[int]] = []

    def seat() -> None:
        if len(row) == n:
            out.append(row.copy())
            return
        for i in range(n):
            if not used[i]:
                used[i] = True
                row.append(guests[i])
                seat()
                row.pop()
                used[i] = False

    seat()
    return out
