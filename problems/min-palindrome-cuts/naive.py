def min_cuts(stream: str) -> int:
    """The prefix DP, checking every candidate last piece letter by letter: O(n^3)."""

    def is_palindrome(lo: int, hi: int) -> bool:
        while lo < hi:
            if stream[lo] != stream[hi]:
                return False
            lo += 1
            hi -= 1
        return True

    n = len(stream)
    pieces = [0] * (n + 1)
    for i in range(1, n + 1):
        pieces[i] = min(pieces[j] + 1 for j in range(i) if is_palindrome(j, i - 1))
    return pieces[n] - 1
