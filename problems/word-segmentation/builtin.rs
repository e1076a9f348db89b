//! Splitting a Run-Together Hashtag: the reference's binding and the large cases.

use crate::support::*;

function!(count_segmentations(text: String, words: Vec<String>) -> i64);

/// The longest texts, 10,000 letters, each with dictionaries of long words that overlap
/// everywhere: `a` repeated with every run of 1 to 20 `a`s as a word (astronomically many
/// splits, which the plain recursion enumerates one by one); the same with a `b` at the end
/// (no split, but every way of reaching the `b` is tried); and a text glued from 2,000 random
/// words of 1 to 8 letters over `ab`, with those words as the dictionary.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 10_000;
    let runs: Vec<String> = (1..=20).map(|k| "a".repeat(k)).collect();
    let all_a = "a".repeat(n);
    let mut stuck = "a".repeat(n - 1);
    stuck.push('b');
    let dict: Vec<String> = (0..2000)
        .map(|_| {
            let len = rng.usize(1..=8);
            string(rng, len, "ab")
        })
        .collect();
    let mut glued = String::new();
    while glued.len() < n {
        let w = &dict[rng.usize(..dict.len())];
        if glued.len() + w.len() <= n {
            glued.push_str(w);
        }
    }
    vec![
        args![all_a, runs.clone()],
        args![stuck, runs],
        args![glued, dict],
    ]
}
