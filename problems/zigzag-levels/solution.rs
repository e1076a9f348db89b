use crate::prelude::*;

pub fn zigzag_levels(root: Option<Box<TreeNode>>) -> Vec<Vec<i64>> {
    let mut out = Vec::new();
    let mut level: Vec<&TreeNode> = root.as_deref().into_iter().collect();
    while !level.is_empty() {
        let mut values: Vec<i64> = level.iter().map(|n| n.val).collect();
        // Odd levels read from the right; the level itself stays left to right.
        if out.len() % 2 == 1 {
            values.reverse();
        }
        out.push(values);
        level = level
            .iter()
            .flat_map(|n| [n.left.as_deref(), n.right.as_deref()])
            .flatten()
            .collect();
    }
    out
}
