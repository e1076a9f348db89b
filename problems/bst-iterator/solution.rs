use crate::prelude::*;

/// Owns the tree. `stack` holds the nodes whose value is not returned yet but whose left
/// subtree is done (already detached): a path of the tree, so at most its height.
pub struct SortedCursor {
    stack: Vec<Box<TreeNode>>,
}

impl SortedCursor {
    pub fn new(root: Option<Box<TreeNode>>) -> Self {
        let mut cursor = SortedCursor { stack: Vec::new() };
        cursor.push_left(root);
        cursor
    }

    fn push_left(&mut self, mut node: Option<Box<TreeNode>>) {
        while let Some(mut n) = node {
            node = n.left.take();
            self.stack.push(n);
        }
    }

    pub fn next(&mut self) -> i64 {
        let mut node = self.stack.pop().expect("next is only called when has_next");
        // Its right subtree comes next, smallest first.
        self.push_left(node.right.take());
        node.val
    }

    pub fn has_next(&self) -> bool {
        !self.stack.is_empty()
    }
}
