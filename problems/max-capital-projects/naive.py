def max_capital(k: int, capital: int, profits: list[int], costs: list[int]) -> int:
    done = [False] * len(profits)
    for _ in range(k):
        # Scan every project for the most profitable one we can afford.
        best = -1
        for i in range(len(profits)):
            if not done[i] and costs[i] <= capital and (best == -1 or profits[i] > profits[best]):
                best = i
        if best == -1:
            break
        done[best] = True
        capital += profits[best]
    return capital
