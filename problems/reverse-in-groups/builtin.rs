//! Flip Every Batch of K: the reference's binding and the large cases.

use crate::support::*;

function!(reverse_k_group(head: Option<Box<ListNode>>, k: i64) -> Option<Box<ListNode>>);

/// Lists of 100,000 nodes: swapping values pair by pair while walking from the head is about
/// 5 * 10^9 steps with one group of 99,999 nodes, and 2.5 * 10^9 with groups of 3 (the last
/// node is a short tail).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let a = ints(rng, 100_000, -1_000_000_000, 1_000_000_000);
    let b = ints(rng, 100_000, -1000, 1000);
    vec![args![a, 99_999_i64], args![b, 3_i64]]
}
