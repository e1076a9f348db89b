//! Shared Opening of Words: the reference's binding and the large cases.

use crate::support::*;

function!(longest_common_prefix(words: Vec<String>) -> String);

/// Two words of 500,000 letters that differ only in the last one, where growing the prefix a
/// letter at a time and re-checking every word copies and compares 10^11 letters; then 100,000
/// short words sharing five letters.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let body = string(rng, 499_999, "ab");
    let long = vec![format!("{body}x"), format!("{body}y")];
    let many: Vec<String> = (0..100_000)
        .map(|_| format!("kappa{}", string(rng, 5, "abcdefghijklmnopqrstuvwxyz")))
        .collect();
    vec![args![long], args![many]]
}
