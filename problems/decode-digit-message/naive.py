def count_decodings(digits: str) -> int:
    """Tries a one-digit and a two-digit letter at every position, with no table: exponential
    time (the modulus is applied only at the end)."""

    def go(i: int) -> int:
        if i == len(digits):
            return 1
        if digits[i] == "0":
            return 0
        ways = go(i + 1)
        if i + 1 < len(digits) and int(digits[i : i + 2]) <= 26:
            ways += go(i + 2)
        return ways

    return go(0) % 1_000_000_007
