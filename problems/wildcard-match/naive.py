def mask_matches(text: str, mask: str) -> bool:
    """Matches left to right and, at a star, tries every length it could take, with no table:
    exponential time when stars are followed by letters that match in many places."""

    def go(i: int, j: int) -> bool:
        if j == len(mask):
            return i == len(text)
        if mask[j] == "*":
            return any(go(k, j + 1) for k in range(i, len(text) + 1))
        if i < len(text) and mask[j] in ("?", text[i]):
            return go(i + 1, j + 1)
        return False

    return go(0, 0)
