use crate::prelude::*;
use std::fmt::Write;

pub struct TreeCodec;

impl TreeCodec {
    pub fn new() -> Self {
        TreeCodec
    }

    pub fn serialize(&self, root: Option<Box<TreeNode>>) -> String {
        // Pre-order with an explicit stack of owned subtrees; empty ones become "#".
        // Taking the children out also frees a deep tree without deep recursion.
        let mut out = String::new();
        let mut stack = vec![root];
        while let Some(slot) = stack.pop() {
            if !out.is_empty() {
                out.push(',');
            }
            match slot {
                None => out.push('#'),
                Some(mut node) => {
                    let _ = write!(out, "{}", node.val);
                    stack.push(node.right.take());
                    stack.push(node.left.take());
                }
            }
        }
        out
    }

    pub fn deserialize(&self, data: String) -> Option<Box<TreeNode>> {
        // Nodes in pre-order with their children's indices, linked by a stack of open slots
        // (node index, is right slot); the top slot receives the next token.
        let mut nodes: Vec<Option<TreeNode>> = Vec::new();
        let mut kids: Vec<[Option<usize>; 2]> = Vec::new();
        let mut slots: Vec<(usize, usize)> = Vec::new();
        for (i, tok) in data.split(',').enumerate() {
            let parent = if i == 0 { None } else { slots.pop() };
            if tok == "#" {
                continue;
            }
            let id = nodes.len();
            nodes.push(Some(TreeNode::new(tok.parse().unwrap_or_default())));
            kids.push([None, None]);
            if let Some((p, side)) = parent {
                kids[p][side] = Some(id);
            }
            slots.push((id, 1));
            slots.push((id, 0));
        }
        // Children come after their parent in pre-order: attach from the last node back.
        for i in (0..nodes.len()).rev() {
            let [l, r] = kids[i];
            let left = l.and_then(|j| nodes[j].take()).map(Box::new);
            let right = r.and_then(|j| nodes[j].take()).map(Box::new);
            if let Some(n) = nodes[i].as_mut() {
                n.left = left;
                n.right = right;
            }
        }
        nodes.into_iter().next().flatten().map(Box::new)
    }
}

impl Default for TreeCodec {
    fn default() -> Self {
        Self::new()
    }
}
