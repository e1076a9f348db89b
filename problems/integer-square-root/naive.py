def integer_sqrt(x: int) -> int:
    """Tries every side length from 0 up."""
    r = 0
    while (r + 1) * (r + 1) <= x:
        r += 1
    return r
