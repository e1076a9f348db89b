pub fn mask_matches(text: String, mask: String) -> bool {
    let t = text.as_bytes();
    let n = t.len();
    // row[i] = the mask read so far matches t[..i] exactly.
    let mut row = vec![false; n + 1];
    row[0] = true;
    let mut new = vec![false; n + 1];
    for &c in mask.as_bytes() {
        if c == b'*' {
            // Either the star takes nothing (row[i]) or it takes t[i - 1] too (new[i - 1]).
            new[0] = row[0];
            for i in 1..=n {
                new[i] = row[i] || new[i - 1];
            }
        } else {
            // One character, which must be `?` or equal to t[i - 1].
            new[0] = false;
            for i in 1..=n {
                new[i] = row[i - 1] && (c == b'?' || c == t[i - 1]);
            }
        }
        std::mem::swap(&mut row, &mut new);
    }
    row[n]
}
