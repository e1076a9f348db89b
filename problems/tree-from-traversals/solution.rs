use crate::prelude::*;

pub fn build_tree(preorder: Vec<i64>, inorder: Vec<i64>) -> Option<Box<TreeNode>> {
    let n = preorder.len();
    if n == 0 {
        return None;
    }
    // Children by pre-order index, found with the stack of nodes whose right subtree has not
    // started; `j` walks the in-order list.
    let mut kids: Vec<[Option<usize>; 2]> = vec![[None, None]; n];
    let mut stack = vec![0];
    let mut j = 0;
    for i in 1..n {
        let top = stack[stack.len() - 1];
        if preorder[top] != inorder[j] {
            kids[top][0] = Some(i); // the top still has a left subtree to build
        } else {
            let mut parent = top;
            while let Some(&t) = stack.last() {
                if preorder[t] != inorder[j] {
                    break;
                }
                parent = t;
                stack.pop();
                j += 1;
            }
            kids[parent][1] = Some(i);
        }
        stack.push(i);
    }
    // Children come after their parent in pre-order: assemble from the last node back.
    let mut nodes: Vec<Option<Box<TreeNode>>> = preorder
        .iter()
        .map(|&v| Some(Box::new(TreeNode::new(v))))
        .collect();
    for i in (0..n).rev() {
        let [l, r] = kids[i];
        let left = l.and_then(|c| nodes[c].take());
        let right = r.and_then(|c| nodes[c].take());
        if let Some(node) = nodes[i].as_mut() {
            node.left = left;
            node.right = right;
        }
    }
    nodes[0].take()
}
