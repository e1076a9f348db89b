def seating_orders(guests: list[int]) -> list[list[int]]:
    """Builds all n^n sequences of guests, repeats allowed, and keeps those in which every guest
    appears exactly once."""
    n = len(guests)
    out: list[list[int]] = []
    row: list[int] = []

    def fill() -> None:
        if len(row) == n:
            if all(row.count(g) == 1 for g in guests):
                out.append(row.copy())
            return
        for g in guests:
            row.append(g)
            fill()
            row.pop()

    fill()
    return out
