def smallest_after_removal(num: str, k: int) -> str:
    """k rounds, each deleting the first digit that is larger than the digit after it (or the last
    digit if there is none)."""
    for _ in range(k):
        i = 0
        while i + 1 < len(num) and num[i] <= num[i + 1]:
            i += 1
        num = num[:i] + num[i + 1 :]
    return num.lstrip("0") or "0"
