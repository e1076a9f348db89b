use crate::prelude::*;

pub fn max_path_sum(root: Option<Box<TreeNode>>) -> i64 {
    let Some(root) = root.as_deref() else {
        return 0; // the tree is never empty
    };
    // Pre-order list with each node's parent; processed backwards, children come first.
    let mut order: Vec<(&TreeNode, Option<usize>)> = Vec::new();
    let mut stack = vec![(root, None)];
    while let Some((node, parent)) = stack.pop() {
        let i = order.len();
        order.push((node, parent));
        for child in [&node.left, &node.right].into_iter().flatten() {
            stack.push((child, Some(i)));
        }
    }
    // For each node: the best positive child gain, and the sum of its positive child gains.
    let mut best_child = vec![0_i64; order.len()];
    let mut both = vec![0_i64; order.len()];
    let mut best = root.val;
    for (i, &(node, parent)) in order.iter().enumerate().rev() {
        let gain = node.val + best_child[i];
        best = best.max(node.val + both[i]);
        if let Some(p) = parent {
            best_child[p] = best_child[p].max(gain);
            both[p] += gain.max(0);
        }
    }
    best
}
