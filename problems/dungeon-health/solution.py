def min_start_charge(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    far = 10**18  # "cannot get there": a cell outside the grid
    # need[j]: the least charge needed just before entering (row below, j); need[cols] is outside.
    # Under the last row, only the cell below the goal leads on: after the goal, 1 is enough.
    need = [far] * (cols + 1)
    need[cols - 1] = 1
    for i in range(rows - 1, -1, -1):
        row = grid[i]
        for j in range(cols - 1, -1, -1):
            nxt = need[j] if need[j] < need[j + 1] else need[j + 1]
            need[j] = max(1, nxt - row[j])
    return need[0]
