def min_cuts(stream: str) -> int:
    n = len(stream)
    # pieces[i]: fewest palindromic pieces for the first i characters.
    pieces = list(range(n + 1))
    for center in range(n):
        # Odd-length palindromes centred on `center`, then even-length ones just after it.
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < n and stream[lo] == stream[hi]:
                # stream[lo..=hi] is a palindrome: it can be the last piece of the first hi + 1.
                if pieces[lo] + 1 < pieces[hi + 1]:
                    pieces[hi + 1] = pieces[lo] + 1
                lo -= 1
                hi += 1
    return pieces[n] - 1
