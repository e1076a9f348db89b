def max_profit(prices: list[int]) -> int:
    best = 0
    low = prices[0]
    for p in prices:
        if p - low > best:
            best = p - low
        if p < low:
            low = p
    return best
