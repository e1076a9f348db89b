def min_tokens(scores: list[int]) -> int:
    n = len(scores)
    # Left pass: the rule towards the left neighbour alone.
    left = [1] * n
    for i in range(1, n):
        if scores[i] > scores[i - 1]:
            left[i] = left[i - 1] + 1
    # Right pass: the rule towards the right neighbour, combined with the left pass.
    total = left[-1]
    right = 1
    for i in range(n - 2, -1, -1):
        right = right + 1 if scores[i] > scores[i + 1] else 1
        total += max(left[i], right)
    return total
