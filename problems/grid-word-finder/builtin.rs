//! Words Hidden in the Puzzle Board: the reference's binding and the large cases.

use crate::support::*;

function!(find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String>);

/// `n` distinct words, each `prefix` followed by a random tail of `tail` letters from `alphabet`.
fn words(
    rng: &mut Rng,
    n: usize,
    prefix: &str,
    tail: (usize, usize),
    alphabet: &str,
) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    while seen.len() < n {
        let len = rng.usize(tail.0..=tail.1);
        seen.insert(format!("{prefix}{}", string(rng, len, alphabet)));
    }
    let mut out: Vec<String> = seen.into_iter().collect();
    out.sort_unstable();
    rng.shuffle(&mut out);
    out
}

fn board(rng: &mut Rng, alphabet: &str) -> Vec<Vec<char>> {
    (0..12)
        .map(|_| string(rng, 12, alphabet).chars().collect())
        .collect()
}

/// A 12 x 12 board of `a` with 30,000 words that start with five `a` and then leave the
/// board's letters (each one alone walks thousands of paths of `a`), plus two that are found;
/// and a random board over six letters with 30,000 random words over the same letters.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let mut hard = words(rng, 29_998, "aaaaa", (1, 5), "bcdefghijklmnopqrstuvwxyz");
    hard.push("a".into());
    hard.push("aaaaaaaaaa".into());
    let all_a = vec![vec!['a'; 12]; 12];
    let random = words(rng, 30_000, "", (3, 10), "abcdef");
    vec![args![all_a, hard], args![board(rng, "abcdef"), random]]
}
