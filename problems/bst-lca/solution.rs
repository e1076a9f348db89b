use crate::prelude::*;

pub fn bst_lca(root: Option<Box<TreeNode>>, queries: Vec<Vec<i64>>) -> Vec<i64> {
    let root = root.expect("the tree is not empty");
    queries
        .iter()
        .map(|q| {
            let (lo, hi) = (q[0].min(q[1]), q[0].max(q[1]));
            let mut node = &root;
            loop {
                if hi < node.val {
                    node = node.left.as_ref().expect("both values are in the tree");
                } else if lo > node.val {
                    node = node.right.as_ref().expect("both values are in the tree");
                } else {
                    return node.val;
                }
            }
        })
        .collect()
}
