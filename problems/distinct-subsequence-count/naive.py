def count_embeddings(stream: str, pattern: str) -> int:
    """Decides for every event whether it is the next pattern letter or skipped, with no table:
    exponential time (the modulus is applied only at the end)."""

    def go(i: int, j: int) -> int:
        if j == len(pattern):
            return 1
        if len(stream) - i < len(pattern) - j:
            return 0  # too few events left
        ways = go(i + 1, j)
        if stream[i] == pattern[j]:
            ways += go(i + 1, j + 1)
        return ways

    return go(0, 0) % 1_000_000_007
