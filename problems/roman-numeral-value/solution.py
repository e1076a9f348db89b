VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_value(numeral: str) -> int:
    # A symbol counts negative exactly when a larger symbol follows it (IV, XC, CM, ...).
    total = 0
    for i, ch in enumerate(numeral):
        v = VALUES[ch]
        if i + 1 < len(numeral) and v < VALUES[numeral[i + 1]]:
            total -= v
        else:
            total += v
    return total
