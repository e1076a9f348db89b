def smallest_after_removal(num: str, k: int) -> str:
    kept: list[str] = []  # digits kept so far, non-decreasing once no removal is left to spend
    for d in num:
        while k and kept and kept[-1] > d:
            kept.pop()
            k -= 1
        kept.append(d)
    if k:
        del kept[-k:]
    return "".join(kept).lstrip("0") or "0"
