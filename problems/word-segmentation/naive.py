def count_segmentations(text: str, words: list[str]) -> int:
    """Tries every dictionary word at the current position and recurses on the rest, with no
    table: exponential time (the modulus is applied only at the end)."""
    vocab = set(words)

    def go(i: int) -> int:
        if i == len(text):
            return 1
        return sum(go(i + len(w)) for w in vocab if text.startswith(w, i))

    return go(0) % 1_000_000_007
