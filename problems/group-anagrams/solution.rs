use std::collections::HashMap;

pub fn group_anagrams(words: Vec<String>) -> Vec<Vec<String>> {
    // Letter counts (at most 100 each, so a byte) identify an anagram class; groups keep the
    // order of first appearance.
    let mut index: HashMap<[u8; 26], usize> = HashMap::new();
    let mut groups: Vec<Vec<String>> = Vec::new();
    for word in words {
        let mut counts = [0u8; 26];
        for b in word.bytes() {
            counts[(b - b'a') as usize] += 1;
        }
        let i = *index.entry(counts).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[i].push(word);
    }
    groups
}
