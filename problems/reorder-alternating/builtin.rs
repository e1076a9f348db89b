//! Shuffle the Line From Both Ends: the reference's binding and the large cases.

use crate::support::*;

function!(reorder_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>>);

/// Lists of 100,000 and 99,999 nodes: detaching the last node by walking from the current one,
/// once per position, is about 2.5 * 10^9 steps.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let even = ints(rng, 100_000, -1_000_000_000, 1_000_000_000);
    let odd = ints(rng, 99_999, -1000, 1000);
    vec![args![even], args![odd]]
}
