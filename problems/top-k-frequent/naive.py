def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts: dict[int, int] = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    out: list[int] = []
    # k times, scan every value for the best one not taken yet.
    for _ in range(k):
        best = None
        for value, c in counts.items():
            if best is None or (-c, value) < (-counts[best], best):
                best = value
        out.append(best)
        del counts[best]
    return out
