from collections import Counter


def cooldown_schedule(jobs: str, gap: int) -> int:
    counts = Counter(jobs).values()
    top = max(counts)
    ties = sum(1 for c in counts if c == top)  # kinds that share the highest count
    # Frame: top - 1 full blocks of gap + 1 slots, then one slot per tied kind; or no idle at all.
    return max(len(jobs), (top - 1) * (gap + 1) + ties)
