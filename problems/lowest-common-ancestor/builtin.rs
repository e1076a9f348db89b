//! Closest Shared Manager: the reference's binding and the large cases.

use crate::support::*;

function!(lowest_common_ancestor(root: Option<Box<TreeNode>>, a: i64, b: i64) -> i64);

/// Paths of 100,000 distinct values, where searching the remaining subtree for both values at
/// every level is 5 * 10^9 steps: the two deepest nodes, then the deepest node and one halfway
/// down (the answer).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let vals = distinct_ints(rng, n, -1_000_000_000, 1_000_000_000);
    let tree = tree_value(&deep_tree(n, &vals));
    vec![
        Input::Args(vec![
            tree.clone(),
            Value::Int(vals[n - 1]),
            Value::Int(vals[n - 2]),
        ]),
        Input::Args(vec![tree, Value::Int(vals[n - 1]), Value::Int(vals[n / 2])]),
    ]
}
