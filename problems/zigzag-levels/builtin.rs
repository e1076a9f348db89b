//! Snake Walk Through the Levels: the reference's binding and the large cases.

use crate::support::*;

function!(zigzag_levels(root: Option<Box<TreeNode>>) -> Vec<Vec<i64>>);

/// A path of 100,000 nodes, where walking the tree once per level is 5 * 10^9 steps, and a
/// random tree of 100,000 nodes with values at both extremes.
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
