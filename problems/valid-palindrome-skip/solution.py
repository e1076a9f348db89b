def is_mirror_text(s: str) -> bool:
    lo, hi = 0, len(s) - 1
    while lo < hi:
        a, b = s[lo], s[hi]
        if not a.isalnum():
            lo += 1
        elif not b.isalnum():
            hi -= 1
        elif a.lower() != b.lower():
            return False
        else:
            lo += 1
            hi -= 1
    return True
