//! Alien Alphabet Order: the reference's binding and the large cases.

use crate::support::*;

function!(alien_order(words: Vec<String>) -> String);

/// `words` sorted under the alphabet `alpha` (a permutation of some Latin letters).
fn sorted_by(alpha: &[u8], mut words: Vec<String>) -> Vec<String> {
    let mut rank = [0_u8; 26];
    for (i, &c) in alpha.iter().enumerate() {
        rank[usize::from(c - b'a')] = i as u8;
    }
    words.sort_by_cached_key(|w| {
        w.bytes()
            .map(|c| rank[usize::from(c - b'a')])
            .collect::<Vec<_>>()
    });
    words
}

/// 100,000 short words sorted in a shuffled alphabet: comparing every pair of words is 5 billion
/// comparisons. The same list with its first word appended at the end, which closes a cycle
/// through the letters' order. Then 1,000 words of 1,000 letters that share long prefixes, so
/// each neighbouring pair is compared deep into the words.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let mut alpha: Vec<u8> = (b'a'..=b'z').collect();
    rng.shuffle(&mut alpha);
    let letters = "abcdefghijklmnopqrstuvwxyz";
    let short: Vec<String> = (0..100_000)
        .map(|_| {
            let len = rng.usize(1..=8);
            string(rng, len, letters)
        })
        .collect();
    let short = sorted_by(&alpha, short);
    let mut cyclic = short.clone();
    cyclic.push(short[0].clone());
    let base = string(rng, 1_000, letters);
    let long: Vec<String> = (0..1_000)
        .map(|_| {
            let mut w = base.clone().into_bytes();
            let from = rng.usize(900..1_000);
            for c in &mut w[from..] {
                *c = alpha[rng.usize(..26)];
            }
            String::from_utf8(w).unwrap_or_default()
        })
        .collect();
    let long = sorted_by(&alpha, long);
    vec![args![short], args![cyclic], args![long]]
}
