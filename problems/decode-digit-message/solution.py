MOD = 1_000_000_007


def count_decodings(digits: str) -> int:
    # prev2 = readings of digits[:i-1], prev1 = readings of digits[:i]; the empty prefix has one.
    prev2, prev1 = 0, 1
    for i, c in enumerate(digits):
        cur = prev1 if c != "0" else 0  # the last letter is one digit (1-9)
        if i > 0 and 10 <= int(digits[i - 1 : i + 1]) <= 26:
            cur += prev2  # the last letter is two digits (10-26)
        prev2, prev1 = prev1, cur % MOD
    return prev1
