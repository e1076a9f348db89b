pub fn add_one(digits: Vec<i64>) -> Vec<i64> {
    // Walk from the last wheel: a 9 rolls over to 0 and carries; anything else absorbs the carry.
    let mut out = digits;
    for d in out.iter_mut().rev() {
        if *d == 9 {
            *d = 0;
        } else {
            *d += 1;
            return out;
        }
    }
    // Every wheel was 9: the result is 1 followed by zeros.
    out.insert(0, 1);
    out
}
