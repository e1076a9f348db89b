//! Symmetric Bead Strand: the reference's binding and the large cases.

use crate::support::*;

function!(is_palindrome_list(head: Option<Box<ListNode>>) -> bool);

/// A palindrome of 200,000 random values (every pair must be compared), and one of 199,999
/// values spoiled at the very middle pair, so it fails only at the last comparison.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let half = ints(rng, 100_000, -1_000_000_000, 1_000_000_000);
    let even: Vec<i64> = half.iter().chain(half.iter().rev()).copied().collect();
    let half = ints(rng, 99_999, -1_000_000_000, 999_999_999);
    let mut odd: Vec<i64> = half
        .iter()
        .copied()
        .chain([0])
        .chain(half.iter().rev().copied())
        .collect();
    // The pair next to the middle differs by one.
    odd[100_000] += 1;
    vec![args![even], args![odd]]
}
