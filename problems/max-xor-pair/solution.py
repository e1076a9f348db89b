def max_xor_pair(ids: list[int]) -> int:
    """Fixes the answer bit by bit from the top, with the ids' prefixes in a set.

    This is the trie walk done one level at a time: after the pass for bit b, `best` is the
    largest value that the bits >= b of some pair's XOR can take.
    """
    best = 0
    for b in range(30, -1, -1):
        prefixes = {x >> b for x in ids}  # the trie's nodes at depth 31 - b
        want = (best << 1) | 1  # can this bit be 1 on top of the best higher bits?
        # p ^ q == want  <=>  q == p ^ want: look the partner up instead of trying pairs.
        best = want if any(p ^ want in prefixes for p in prefixes) else best << 1
    return best
