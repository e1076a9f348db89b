def reordered_pairs(sent_at: list[int]) -> int:
    """Every pair i < j, checked directly."""
    n = len(sent_at)
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            if sent_at[i] > sent_at[j]:
                count += 1
    return count
