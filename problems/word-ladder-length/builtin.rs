//! Shortest Chain of One-Letter Edits: the reference's binding and the large cases.

use crate::support::*;

function!(ladder_length(begin: String, end: String, words: Vec<String>) -> i64);

/// `n` distinct words of length 6 over `abcdef` (about 21% of all such words, so each has
/// about six neighbours), with `begin` not among them.
fn dictionary(rng: &mut Rng, n: usize) -> (String, Vec<String>) {
    let begin = string(rng, 6, "abcdef");
    let mut seen = std::collections::HashSet::from([begin.clone()]);
    let mut words = Vec::with_capacity(n);
    while words.len() < n {
        let w = string(rng, 6, "abcdef");
        if seen.insert(w.clone()) {
            words.push(w);
        }
    }
    (begin, words)
}

/// 10,000 words: the goal a random word of the dictionary, then a goal no chain reaches
/// (`zzzzzz`: no other word has five z's), so the whole dictionary is searched. Comparing each
/// dequeued word with every word takes 10,000 comparisons per word.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let (begin, words) = dictionary(rng, 10_000);
    let end = words[rng.usize(..words.len())].clone();
    let (far_begin, mut far) = dictionary(rng, 9_999);
    far.insert(rng.usize(..far.len()), "zzzzzz".to_owned());
    vec![
        args![begin, end, words],
        args![far_begin, "zzzzzz".to_owned(), far],
    ]
}
