//! Rebuild the Org Chart From Two Exports: the reference's binding and the large cases.

use crate::support::*;

function!(build_tree(preorder: Vec<i64>, inorder: Vec<i64>) -> Option<Box<TreeNode>>);

/// The pre-order and in-order walks of a tree given in level order.
fn walks(level: &[Option<i64>]) -> Input {
    let tree = tree_from_level_order(level);
    let mut pre = Vec::new();
    let mut stack: Vec<&TreeNode> = tree.as_deref().into_iter().collect();
    while let Some(n) = stack.pop() {
        pre.push(n.val);
        stack.extend(n.right.as_deref());
        stack.extend(n.left.as_deref());
    }
    let mut ino = Vec::new();
    let mut stack: Vec<&TreeNode> = Vec::new();
    let mut cur = tree.as_deref();
    loop {
        while let Some(n) = cur {
            stack.push(n);
            cur = n.left.as_deref();
        }
        let Some(n) = stack.pop() else { break };
        ino.push(n.val);
        cur = n.right.as_deref();
    }
    // Drop the tree without recursing through a deep one.
    let _ = tree.into_value();
    args![pre, ino]
}

/// Replaces the values of a level-order tree with the given distinct ones.
fn relabel(level: &mut [Option<i64>], vals: &[i64]) {
    for (slot, &v) in level.iter_mut().flatten().zip(vals) {
        *slot = v;
    }
}

/// A path of 100,000 nodes leaning left, where scanning the in-order list for each root is
/// 5 * 10^9 steps, and a random tree of 100,000 nodes; ids are distinct.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let vals = distinct_ints(rng, n, -1_000_000_000, 1_000_000_000);
    let mut left_path = vec![Some(vals[0])];
    for &v in &vals[1..] {
        left_path.push(Some(v));
        left_path.push(None);
    }
    left_path.pop();
    let mut random = random_tree(rng, n, 0, 0);
    relabel(
        &mut random,
        &distinct_ints(rng, n, -1_000_000_000, 1_000_000_000),
    );
    vec![walks(&left_path), walks(&random)]
}
