MOD = 1_000_000_007


def power_mod(base: int, exponent: int) -> int:
    """Multiplies the base in once per unit of the exponent."""
    base %= MOD
    result = 1
    for _ in range(exponent):
        result = result * base % MOD
    return result
