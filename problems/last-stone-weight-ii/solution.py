def smallest_last_stone(stones: list[int]) -> int:
    total = sum(stones)
    half = total // 2
    # Bit s of `reachable` is set when some subset of the stones weighs s.
    reachable = 1
    mask = (1 << (half + 1)) - 1
    for x in stones:
        reachable = (reachable | (reachable << x)) & mask
    best = reachable.bit_length() - 1  # the heaviest subset weight not above half
    return total - 2 * best
