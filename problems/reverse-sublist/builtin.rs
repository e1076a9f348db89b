//! Flip a Stretch of the Train: the reference's binding and the large cases.

use crate::support::*;

function!(reverse_between(head: Option<Box<ListNode>>, left: i64, right: i64) -> Option<Box<ListNode>>);

/// Lists of 100,000 nodes: swapping values pair by pair while walking from the head is about
/// 5 * 10^9 steps when the stretch is the whole list, or all but its two ends.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n: i64 = 100_000;
    let a = ints(rng, 100_000, -1_000_000_000, 1_000_000_000);
    let b = ints(rng, 100_000, -1000, 1000);
    vec![args![a, 1_i64, n], args![b, 2_i64, n - 1]]
}
