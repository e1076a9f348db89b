//! Longest Shared Subsequence: the reference's binding and the large cases.

use crate::support::*;

function!(longest_shared_subsequence(a: String, b: String) -> i64);

/// Two strings of the maximum length 1,000: random over four letters (long shared
/// subsequences), and a string against its own reverse over the whole alphabet. Trying the
/// subsequences of either is 2^1000 checks.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 1000;
    let dna1 = string(rng, n, "acgt");
    let dna2 = string(rng, n, "acgt");
    let word = string(rng, n, "abcdefghijklmnopqrstuvwxyz");
    let reversed: String = word.chars().rev().collect();
    vec![args![dna1, dna2], args![word, reversed]]
}
