pub fn can_build_note(note: String, magazine: String) -> bool {
    // Letters are 'a'..='z': a fixed array of counts is the whole map. Spaces are skipped.
    let mut available = [0i64; 26];
    for b in magazine.bytes().filter(u8::is_ascii_lowercase) {
        available[(b - b'a') as usize] += 1;
    }
    for b in note.bytes() {
        let slot = &mut available[(b - b'a') as usize];
        if *slot == 0 {
            return false;
        }
        *slot -= 1;
    }
    true
}
