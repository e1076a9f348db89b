MOD = 1_000_000_007


def count_climbs(n: int) -> int:
    """Counts the climbs with k two-step strides, C(n - k, k), for every k, reading the binomials
    off Pascal's triangle built row by row: O(n^2)."""
    total = 1 if n == 0 else 0
    row = [1]  # row r of Pascal's triangle, modulo MOD
    for r in range(1, n + 1):
        new = [1] * (r + 1)
        for j in range(1, r):
            new[j] = (row[j - 1] + row[j]) % MOD
        row = new
        k = n - r  # climbs with k two-step strides have r = n - k strides
        if 0 <= k <= r:
            total = (total + row[k]) % MOD
    return total
