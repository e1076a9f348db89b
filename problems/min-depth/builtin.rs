//! Nearest Exit of a Cave System: the reference's binding and the large cases.

use crate::support::*;

function!(min_depth(root: Option<Box<TreeNode>>) -> i64);

/// A path of 100,000 nodes, whose only leaf is at the bottom, so walking the tree once per depth
/// is 5 * 10^9 steps; and a random tree of 100,000 nodes.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let vals = ints(rng, n, -1_000_000_000, 1_000_000_000);
    vec![
        Input::Args(vec![tree_value(&deep_tree(n, &vals))]),
        Input::Args(vec![tree_value(&random_tree(
            rng,
            n,
            -1_000_000_000,
            1_000_000_000,
        ))]),
    ]
}
