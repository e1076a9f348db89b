use crate::prelude::*;

pub fn min_depth(root: Option<Box<TreeNode>>) -> i64 {
    let mut level: Vec<&TreeNode> = root.as_deref().into_iter().collect();
    let mut depth = 0;
    while !level.is_empty() {
        depth += 1;
        let mut next = Vec::new();
        for node in level {
            if node.left.is_none() && node.right.is_none() {
                return depth;
            }
            next.extend(node.left.as_deref());
            next.extend(node.right.as_deref());
        }
        level = next;
    }
    0
}
