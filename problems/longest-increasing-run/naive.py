def longest_rising_chain(scores: list[int]) -> int:
    """best[i] = longest chain ending at day i, from every earlier day: O(n^2) time."""
    best = [1] * len(scores)
    for i in range(len(scores)):
        for j in range(i):
            if scores[j] < scores[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best, default=0)
