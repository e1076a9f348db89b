pub fn min_window_cover(s: String, t: String) -> String {
    let s = s.as_bytes();
    // need[c]: how many more of byte c the window still needs (negative when it has extras).
    let mut need = [0i64; 128];
    for &c in t.as_bytes() {
        need[c as usize] += 1;
    }
    let mut missing = t.len();
    let (mut best_start, mut best_len) = (0, usize::MAX);
    let mut left = 0;
    for right in 0..s.len() {
        let c = s[right] as usize;
        if need[c] > 0 {
            missing -= 1;
        }
        need[c] -= 1;
        if missing == 0 {
            // Drop characters from the left while the window stays covering.
            while need[s[left] as usize] < 0 {
                need[s[left] as usize] += 1;
                left += 1;
            }
            if right - left + 1 < best_len {
                best_start = left;
                best_len = right - left + 1;
            }
            // Give up the leftmost needed character to look for a shorter window further right.
            need[s[left] as usize] += 1;
            missing += 1;
            left += 1;
        }
    }
    if best_len == usize::MAX {
        String::new()
    } else {
        String::from_utf8_lossy(&s[best_start..best_start + best_len]).into_owned()
    }
}
