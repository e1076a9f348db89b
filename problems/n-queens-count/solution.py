def count_placements(n: int, blocked: list[list[int]]) -> int:
    full = (1 << n) - 1  # one bit per column
    pillar = [0] * n  # pillar[r]: the columns of row r that hold a pillar
    for r, c in blocked:
        pillar[r] |= 1 << c

    def place(row: int, cols: int, diag: int, anti: int) -> int:
        # cols, diag and anti mark the columns of this row attacked along a column, a
        # down-right diagonal and a down-left diagonal.
        if row == n:
            return 1
        count = 0
        free = full & ~(cols | diag | anti | pillar[row])
        while free:
            bit = free & -free  # the lowest free column
            free ^= bit
            count += place(row + 1, cols | bit, (diag | bit) << 1 & full, (anti | bit) >> 1)
        return count

    return place(0, 0, 0, 0)
