from collections import Counter


def can_build_note(note: str, magazine: str) -> bool:
    available = Counter(magazine)
    needed = Counter(note)
    return all(available[c] >= k for c, k in needed.items())
