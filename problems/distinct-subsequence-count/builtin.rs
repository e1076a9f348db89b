//! Ways a Rule Fires in an Event Stream: the reference's binding and the large cases.

use crate::support::*;

function!(count_embeddings(stream: String, pattern: String) -> i64);

/// A random subsequence of `s` with `k` of its letters, in order.
fn pick(rng: &mut Rng, s: &str, k: usize) -> String {
    let mut keep: Vec<usize> = (0..s.len()).collect();
    rng.shuffle(&mut keep);
    keep.truncate(k);
    keep.sort_unstable();
    keep.into_iter()
        .map(|i| char::from(s.as_bytes()[i]))
        .collect()
}

/// Streams of the maximum length 1,000: one letter against half as many of it (C(1000, 500)
/// embeddings, which trying each event as used or skipped enumerates one by one), a random
/// two-letter stream against a random 100-letter piece of it, and a random stream against 900
/// of its own letters (the largest table, a million cells).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 1000;
    let same = "a".repeat(n);
    let half = "a".repeat(n / 2);
    let binary = string(rng, n, "ab");
    let piece = pick(rng, &binary, 100);
    let letters = string(rng, n, "abcdefghij");
    let most = pick(rng, &letters, 900);
    vec![
        args![same, half],
        args![binary, piece],
        args![letters, most],
    ]
}
