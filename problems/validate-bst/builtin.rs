//! Is the Index Really Sorted: the reference's binding and the large cases.

use crate::support::*;

/// A path of `n` nodes that zigzags down: left from each even depth, right from each odd one,
/// with values chosen so that every node fits between the bounds its ancestors set.
fn zigzag_valid(n: usize) -> Vec<Option<i64>> {
    let (mut lo, mut hi) = (-1_000_000_000_i64, 1_000_000_000_i64);
    let mut out = Vec::with_capacity(2 * n);
    for depth in 0..n {
        // Step a little inside the current range, from the end the path turns away from.
        let val = if depth % 2 == 0 { hi - 1 } else { lo + 1 };
        if depth > 0 {
            // The parent's other child slot is empty: left child when going right, and so on.
            if depth % 2 == 0 {
                out.push(None);
                out.push(Some(val));
            } else {
                out.push(Some(val));
                out.push(None);
            }
        } else {
            out.push(Some(val));
        }
        if depth % 2 == 0 {
            hi = val;
        } else {
            lo = val;
        }
    }
    while out.last() == Some(&None) {
        out.pop();
    }
    out
}

function!(is_valid_bst(root: Option<Box<TreeNode>>) -> bool);

/// Paths of 100,000 nodes, where walking each node's subtrees to find their extremes is
/// 5 * 10^9 steps: an increasing right path whose last node repeats its parent's value (found
/// only at the bottom), and a valid zigzag path squeezing towards the middle of the range.
pub fn large(_rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let mut vals: Vec<i64> = (0..100_000_i64).map(|i| i * 10_000 - 500_000_000).collect();
    vals[n - 1] = vals[n - 2];
    vec![
        Input::Args(vec![tree_value(&deep_tree(n, &vals))]),
        Input::Args(vec![tree_value(&zigzag_valid(n))]),
    ]
}
