def can_build_note(note: str, magazine: str) -> bool:
    letters = list(magazine)
    for c in note:
        if c not in letters:
            return False
        letters.remove(c)
    return True
