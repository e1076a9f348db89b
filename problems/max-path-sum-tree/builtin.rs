//! Best Trail Through the Park: the reference's binding and the large cases.

use crate::support::*;

function!(max_path_sum(root: Option<Box<TreeNode>>) -> i64);

/// A path of 100,000 nodes (walking every node's subtrees is 5 * 10^9 steps) with mixed
/// signs, one with all values negative, and a random tree of 100,000 nodes.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let mixed = ints(rng, n, -1_000_000_000, 1_000_000_000);
    let negative = ints(rng, n, -1_000_000_000, -1);
    vec![
        Input::Args(vec![tree_value(&deep_tree(n, &mixed))]),
        Input::Args(vec![tree_value(&deep_tree(n, &negative))]),
        Input::Args(vec![tree_value(&random_tree(
            rng,
            n,
            -1_000_000_000,
            1_000_000_000,
        ))]),
    ]
}
