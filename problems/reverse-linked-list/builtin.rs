//! Reverse a Singly Linked List: the reference's binding and the large cases.

use crate::support::*;

function!(reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>>);

/// Lists of 100,000 nodes: walking from the head to each next-to-last node is 5 * 10^9 steps.
/// One holds random values at both extremes, the other a long run of equal values with one
/// different node at each end.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let random = ints(rng, n, -1_000_000_000, 1_000_000_000);
    let mut flat = vec![5; n];
    flat[0] = -1_000_000_000;
    flat[n - 1] = 1_000_000_000;
    vec![args![random], args![flat]]
}
