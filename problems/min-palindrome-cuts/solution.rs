pub fn min_cuts(stream: String) -> i64 {
    let s = stream.as_bytes();
    let n = s.len();
    // pieces[i]: fewest palindromic pieces for the first i characters.
    let mut pieces: Vec<i64> = (0..=n as i64).collect();
    for center in 0..n {
        // Odd-length palindromes centred on `center`, then even-length ones just after it.
        for (mut lo, mut hi) in [(center, center), (center, center + 1)] {
            while hi < n && s[lo] == s[hi] {
                // s[lo..=hi] is a palindrome: it can be the last piece of the first hi + 1.
                pieces[hi + 1] = pieces[hi + 1].min(pieces[lo] + 1);
                if lo == 0 {
                    break;
                }
                lo -= 1;
                hi += 1;
            }
        }
    }
    pieces[n] - 1
}
