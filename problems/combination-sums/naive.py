def combination_sums(coins: list[int], target: int) -> list[list[int]]:
    """Builds every ordered sequence of coins and removes the duplicates at the end."""
    found: set[tuple[int, ...]] = set()
    sequence: list[int] = []

    def go(left: int) -> None:
        if left == 0:
            found.add(tuple(sorted(sequence)))
            return
        for coin in coins:
            if coin <= left:
                sequence.append(coin)
                go(left - coin)
                sequence.pop()

    go(target)
    return [list(way) for way in found]
