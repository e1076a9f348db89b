def pairwise_bit_differences(masks: list[int]) -> int:
    """Compares every pair of masks directly: O(n^2) pairs."""
    total = 0
    for i in range(len(masks)):
        for j in range(i + 1, len(masks)):
            total += bin(masks[i] ^ masks[j]).count("1")
    return total
