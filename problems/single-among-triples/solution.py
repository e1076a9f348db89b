def single_among_triples(nums: list[int]) -> int:
    # Per bit, count occurrences modulo 3 in two masks: `ones` holds the bits seen 1 (mod 3)
    # times, `twos` those seen 2 (mod 3) times. Python's & and ~ act on two's complement with
    # unlimited width, so negative values work unchanged.
    ones = twos = 0
    for x in nums:
        ones = (ones ^ x) & ~twos
        twos = (twos ^ x) & ~ones
    return ones
