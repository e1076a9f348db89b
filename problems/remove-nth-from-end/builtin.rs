//! Drop the K-th Wagon From the Back: the reference's binding and the large cases.

use crate::support::*;

function!(remove_nth_from_end(head: Option<Box<ListNode>>, k: i64) -> Option<Box<ListNode>>);

/// Lists of 100,000 nodes: the head removed (`k = n`), then the last node (`k = 1`).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let first = ints(rng, n, -1_000_000_000, 1_000_000_000);
    let last = ints(rng, n, -1_000_000_000, 1_000_000_000);
    vec![args![first, n as i64], args![last, 1_i64]]
}
