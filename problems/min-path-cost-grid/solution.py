def min_route_cost(grid: list[list[int]]) -> int:
    # best[c] = the cheapest route cost to cell (r, c) of the current row r.
    best = [0] * len(grid[0])
    for r, row in enumerate(grid):
        for c, cost in enumerate(row):
            if r == 0 and c == 0:
                best[c] = cost
            elif r == 0:
                best[c] = best[c - 1] + cost  # only from the left
            elif c == 0:
                best[c] = best[c] + cost  # only from above
            else:
                best[c] = min(best[c], best[c - 1]) + cost  # above or left
    return best[-1]
