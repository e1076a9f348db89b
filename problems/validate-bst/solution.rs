use crate::prelude::*;

pub fn is_valid_bst(root: Option<Box<TreeNode>>) -> bool {
    // In-order walk with an explicit stack: the values must strictly increase.
    let mut stack: Vec<&TreeNode> = Vec::new();
    let mut node = root.as_deref();
    let mut prev: Option<i64> = None;
    loop {
        while let Some(n) = node {
            stack.push(n);
            node = n.left.as_deref();
        }
        let Some(n) = stack.pop() else {
            return true;
        };
        if prev.is_some_and(|p| n.val <= p) {
            return false;
        }
        prev = Some(n.val);
        node = n.right.as_deref();
    }
}
