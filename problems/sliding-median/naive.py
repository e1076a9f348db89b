def window_medians(nums: list[int], k: int) -> list[float]:
    """Sorts every window from scratch."""
    out = []
    for start in range(len(nums) - k + 1):
        w = sorted(nums[start : start + k])
        out.append(float(w[k // 2]) if k % 2 else (w[k // 2 - 1] + w[k // 2]) / 2)
    return out
