//! Mirror Stretches in a Typed Line: the reference's binding and the large cases.

use crate::support::*;

function!(count_mirror_stretches(s: String) -> i64);

/// Strings of the maximum length 5,000, where checking each of the 12.5 million stretches one
/// by one is far too slow: one letter repeated (every stretch is a palindrome: the most
/// expansion steps, 12.5 million, and about 10^10 for the stretch-by-stretch check), random
/// letters (few palindromes, so expanding stops at once), and a two-letter random string (many
/// short palindromes).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 5000;
    let random = string(rng, n, "abcdefghijklmnopqrstuvwxyz");
    let same = "z".repeat(n);
    let binary = string(rng, n, "ab");
    vec![args![same], args![random], args![binary]]
}
