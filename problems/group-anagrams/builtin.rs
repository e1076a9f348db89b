//! Group Words by Their Letters: the reference's binding and the large cases.

use crate::support::*;

function!(group_anagrams(words: Vec<String>) -> Vec<Vec<String>>);

const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";

/// The word with its letters shuffled.
fn shuffled(rng: &mut Rng, word: &str) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    rng.shuffle(&mut chars);
    chars.into_iter().collect()
}

/// 100,000 words, where comparing each word with one member of every group found so far is
/// billions of comparisons: random short words (almost every group has one word) and 20,000
/// groups of about five shuffled copies; then 10,000 words of the longest length from 2,000
/// groups, a million letters that make slow per-letter work show.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let singles: Vec<String> = (0..100_000)
        .map(|_| {
            let len = rng.usize(1..=10);
            string(rng, len, LETTERS)
        })
        .collect();

    let bases: Vec<String> = (0..20_000)
        .map(|_| {
            let len = rng.usize(6..=13);
            string(rng, len, LETTERS)
        })
        .collect();
    let fives: Vec<String> = (0..100_000)
        .map(|_| {
            let base = &bases[rng.usize(..bases.len())];
            shuffled(rng, base)
        })
        .collect();

    let long_bases: Vec<String> = (0..2_000).map(|_| string(rng, 100, "abcde")).collect();
    let long: Vec<String> = (0..10_000)
        .map(|_| {
            let base = &long_bases[rng.usize(..long_bases.len())];
            shuffled(rng, base)
        })
        .collect();
    vec![args![singles], args![fives], args![long]]
}
