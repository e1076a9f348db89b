pub fn count_decodings(digits: String) -> i64 {
    const MOD: i64 = 1_000_000_007;
    let d = digits.as_bytes();
    // prev2 = readings of the prefix two digits back, prev1 = of the prefix one digit back;
    // the empty prefix has exactly one reading.
    let (mut prev2, mut prev1) = (0_i64, 1_i64);
    for (i, &c) in d.iter().enumerate() {
        // The last letter is one digit (1-9)...
        let mut cur = if c != b'0' { prev1 } else { 0 };
        // ...or two digits (10-26).
        if i > 0 {
            let pair = (d[i - 1] - b'0') * 10 + (c - b'0');
            if (10..=26).contains(&pair) {
                cur += prev2;
            }
        }
        prev2 = prev1;
        prev1 = cur % MOD;
    }
    prev1
}
