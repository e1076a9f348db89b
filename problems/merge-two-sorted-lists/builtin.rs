//! Merge Two Sorted Linked Lists: the reference's binding and the large cases.

use crate::support::*;

function!(merge_two_lists(first: Option<Box<ListNode>>, second: Option<Box<ListNode>>) -> Option<Box<ListNode>>);

/// Two lists of 100,000 nodes whose values interleave, so inserting one list's nodes into the
/// other from the head walks ever further; then lists of 150,000 and 50,000 nodes drawn from the
/// whole range, with many equal values.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let evens: Vec<i64> = (0..n).map(|i| -1_000_000_000 + 2 * i).collect();
    let odds: Vec<i64> = (0..n).map(|i| -999_999_999 + 2 * i).collect();
    let mut a = ints(rng, 150_000, -1_000_000_000, 1_000_000_000);
    let mut b = ints(rng, 50_000, -1000, 1000);
    a.sort_unstable();
    b.sort_unstable();
    vec![args![odds, evens], args![a, b]]
}
