pub fn smallest_after_removal(num: String, k: i64) -> String {
    let mut k = k as usize;
    let mut kept: Vec<u8> = Vec::with_capacity(num.len());
    for d in num.bytes() {
        while k > 0 && kept.last().is_some_and(|&top| top > d) {
            kept.pop();
            k -= 1;
        }
        kept.push(d);
    }
    kept.truncate(kept.len() - k);
    let start = kept.iter().position(|&d| d != b'0').unwrap_or(kept.len());
    if start == kept.len() {
        return "0".to_string();
    }
    String::from_utf8(kept[start..].to_vec()).expect("digits are ASCII")
}
