pub fn is_mirror_text(s: String) -> bool {
    let b = s.as_bytes();
    if b.is_empty() {
        return true;
    }
    let (mut lo, mut hi) = (0, b.len() - 1);
    while lo < hi {
        if !b[lo].is_ascii_alphanumeric() {
            lo += 1;
        } else if !b[hi].is_ascii_alphanumeric() {
            hi -= 1;
        } else if !b[lo].eq_ignore_ascii_case(&b[hi]) {
            return false;
        } else {
            lo += 1;
            hi -= 1;
        }
    }
    true
}
