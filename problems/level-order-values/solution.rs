use crate::prelude::*;

pub fn level_values(root: Option<Box<TreeNode>>) -> Vec<Vec<i64>> {
    let mut out = Vec::new();
    let mut level: Vec<&TreeNode> = root.as_deref().into_iter().collect();
    while !level.is_empty() {
        out.push(level.iter().map(|n| n.val).collect());
        level = level
            .iter()
            .flat_map(|n| [n.left.as_deref(), n.right.as_deref()])
            .flatten()
            .collect();
    }
    out
}
