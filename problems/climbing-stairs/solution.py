MOD = 1_000_000_007


def count_climbs(n: int) -> int:
    # prev = ways(i - 1), cur = ways(i), starting at i = 1.
    prev, cur = 1, 1
    for _ in range(n - 1):
        prev, cur = cur, (prev + cur) % MOD
    return cur
