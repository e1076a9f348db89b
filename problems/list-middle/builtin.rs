//! Uncouple the Train at Its Middle: the reference's binding and the large cases.

use crate::support::*;

function!(list_middle(head: Option<Box<ListNode>>) -> Option<Box<ListNode>>);

/// Lists of 200,000 (even) and 199,999 (odd) nodes with values across the whole range.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let even = ints(rng, 200_000, -1_000_000_000, 1_000_000_000);
    let odd = ints(rng, 199_999, -1_000_000_000, 1_000_000_000);
    vec![args![even], args![odd]]
}
