use crate::prelude::*;

pub fn is_symmetric(root: Option<Box<TreeNode>>) -> bool {
    let Some(root) = root else {
        return true;
    };
    // Pairs of nodes that must mirror each other.
    let mut pairs = vec![(root.left.as_deref(), root.right.as_deref())];
    while let Some(pair) = pairs.pop() {
        match pair {
            (None, None) => {}
            (Some(a), Some(b)) if a.val == b.val => {
                pairs.push((a.left.as_deref(), b.right.as_deref()));
                pairs.push((a.right.as_deref(), b.left.as_deref()));
            }
            _ => return false,
        }
    }
    true
}
