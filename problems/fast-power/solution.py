MOD = 1_000_000_007


def power_mod(base: int, exponent: int) -> int:
    result = 1
    base %= MOD  # Python's % is never negative for a positive modulus
    while exponent:
        if exponent & 1:
            result = result * base % MOD
        base = base * base % MOD
        exponent >>= 1
    return result
