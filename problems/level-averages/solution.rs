use crate::prelude::*;

pub fn level_averages(root: Option<Box<TreeNode>>) -> Vec<f64> {
    let mut out = Vec::new();
    let mut level: Vec<&TreeNode> = root.as_deref().into_iter().collect();
    while !level.is_empty() {
        let sum: i64 = level.iter().map(|n| n.val).sum();
        out.push(sum as f64 / level.len() as f64);
        level = level
            .iter()
            .flat_map(|n| [n.left.as_deref(), n.right.as_deref()])
            .flatten()
            .collect();
    }
    out
}
