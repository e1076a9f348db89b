MOD = 1_000_000_007


def count_payments(coins: list[int], amount: int) -> int:
    """For each coin value and each amount, tries every number of copies: O(n * amount^2)."""
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:
        new = [0] * (amount + 1)
        for a in range(amount + 1):
            total = 0
            for copies in range(a // c + 1):
                total += ways[a - copies * c]
            new[a] = total % MOD
        ways = new
    return ways[amount]
