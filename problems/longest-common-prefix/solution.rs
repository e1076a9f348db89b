pub fn longest_common_prefix(words: Vec<String>) -> String {
    let Some(shortest) = words.iter().min_by_key(|w| w.len()) else {
        return String::new();
    };
    let first = shortest.as_bytes();
    for (i, &ch) in first.iter().enumerate() {
        if words.iter().any(|w| w.as_bytes()[i] != ch) {
            return shortest[..i].to_string();
        }
    }
    shortest.clone()
}
