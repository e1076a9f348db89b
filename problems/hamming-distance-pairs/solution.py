def pairwise_bit_differences(masks: list[int]) -> int:
    # Each bit position contributes (masks with the bit set) * (masks without it).
    n = len(masks)
    total = 0
    for bit in range(31):
        ones = sum(m >> bit & 1 for m in masks)
        total += ones * (n - ones)
    return total
