use crate::prelude::*;
use std::collections::{HashMap, HashSet};

pub fn lowest_common_ancestor(root: Option<Box<TreeNode>>, a: i64, b: i64) -> i64 {
    let root = root.expect("the tree is not empty");
    // Each value's parent, found with an explicit stack (the tree may be very deep).
    let mut parent: HashMap<i64, i64> = HashMap::new();
    let mut stack: Vec<&TreeNode> = vec![&root];
    while let Some(node) = stack.pop() {
        for child in [node.left.as_deref(), node.right.as_deref()]
            .into_iter()
            .flatten()
        {
            parent.insert(child.val, node.val);
            stack.push(child);
        }
    }
    let mut ancestors = HashSet::new();
    let mut x = Some(a);
    while let Some(v) = x {
        ancestors.insert(v);
        x = parent.get(&v).copied();
    }
    let mut x = b;
    while !ancestors.contains(&x) {
        x = parent[&x];
    }
    x
}
