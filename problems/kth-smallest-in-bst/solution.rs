use crate::prelude::*;

pub fn kth_smallest(root: Option<Box<TreeNode>>, k: i64) -> i64 {
    // In-order walk with an explicit stack, stopping at the k-th value.
    let mut stack: Vec<&TreeNode> = Vec::new();
    let mut node = root.as_deref();
    let mut k = k;
    loop {
        while let Some(n) = node {
            stack.push(n);
            node = n.left.as_deref();
        }
        let Some(n) = stack.pop() else {
            return 0; // k is larger than the tree: cannot happen with valid input
        };
        k -= 1;
        if k == 0 {
            return n.val;
        }
        node = n.right.as_deref();
    }
}
