def max_xor_pair(ids: list[int]) -> int:
    """Tries every pair."""
    best = 0
    for i in range(len(ids)):
        for j in range(i + 1, len(ids)):
            best = max(best, ids[i] ^ ids[j])
    return best
