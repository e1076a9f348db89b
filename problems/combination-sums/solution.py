def combination_sums(coins: list[int], target: int) -> list[list[int]]:
    coins = sorted(coins)
    out: list[list[int]] = []
    chosen: list[int] = []

    def go(start: int, left: int) -> None:
        if left == 0:
            out.append(chosen.copy())
            return
        for i in range(start, len(coins)):
            coin = coins[i]
            if coin > left:
                break  # every later coin is larger still
            chosen.append(coin)
            go(i, left - coin)  # the same coin may be used again
            chosen.pop()

    go(0, target)
    return out
