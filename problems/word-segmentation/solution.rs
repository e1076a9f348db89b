use std::collections::HashSet;

pub fn count_segmentations(text: String, words: Vec<String>) -> i64 {
    const MOD: i64 = 1_000_000_007;
    let vocab: HashSet<&[u8]> = words.iter().map(|w| w.as_bytes()).collect();
    let longest = words.iter().map(String::len).max().unwrap_or(0);
    let t = text.as_bytes();
    // ways[i] = number of splits of t[..i] into words; the empty prefix has one.
    let mut ways = vec![0_i64; t.len() + 1];
    ways[0] = 1;
    for i in 1..=t.len() {
        let mut total = 0;
        // The last word is t[j..i], at most `longest` bytes long.
        for j in i.saturating_sub(longest)..i {
            if ways[j] != 0 && vocab.contains(&t[j..i]) {
                total = (total + ways[j]) % MOD;
            }
        }
        ways[i] = total;
    }
    ways[t.len()]
}
