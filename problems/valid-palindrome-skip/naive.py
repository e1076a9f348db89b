def is_mirror_text(s: str) -> bool:
    # Peels the ends off one at a time; every slice copies the rest of the text.
    while len(s) > 1:
        if not s[0].isalnum():
            s = s[1:]
        elif not s[-1].isalnum():
            s = s[:-1]
        elif s[0].lower() != s[-1].lower():
            return False
        else:
            s = s[1:-1]
    return True
