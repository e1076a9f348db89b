import heapq


def max_capital(k: int, capital: int, profits: list[int], costs: list[int]) -> int:
    # Projects by the capital they need; a max-heap (negated) of the affordable ones' profits.
    order = sorted(range(len(costs)), key=lambda i: costs[i])
    affordable: list[int] = []
    nxt = 0
    for _ in range(k):
        while nxt < len(order) and costs[order[nxt]] <= capital:
            heapq.heappush(affordable, -profits[order[nxt]])
            nxt += 1
        if not affordable:
            break
        capital -= heapq.heappop(affordable)
    return capital
