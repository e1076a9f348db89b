def add_one(digits: list[int]) -> list[int]:
    # Walk from the last wheel: a 9 rolls over to 0 and carries; anything else absorbs the carry.
    out = digits[:]
    i = len(out) - 1
    while i >= 0 and out[i] == 9:
        out[i] = 0
        i -= 1
    if i < 0:
        # Every wheel was 9: the result is 1 followed by zeros.
        return [1] + out
    out[i] += 1
    return out
