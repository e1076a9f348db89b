//! Shared Ancestor in a Search Tree: the reference's binding and the large cases.

use crate::support::*;

function!(bst_lca(root: Option<Box<TreeNode>>, queries: Vec<Vec<i64>>) -> Vec<i64>);

/// The level-order form of the binary search tree made by inserting `keys` in order, and its
/// height in levels.
fn bst_level_order(keys: &[i64]) -> (Vec<Option<i64>>, usize) {
    let mut kids: Vec<[Option<usize>; 2]> = vec![[None, None]; keys.len()];
    let mut height = usize::from(!keys.is_empty());
    for (i, &k) in keys.iter().enumerate().skip(1) {
        let (mut cur, mut depth) = (0, 1);
        loop {
            let side = usize::from(k > keys[cur]);
            depth += 1;
            if let Some(next) = kids[cur][side] {
                cur = next;
            } else {
                kids[cur][side] = Some(i);
                break;
            }
        }
        height = height.max(depth);
    }
    let mut out = Vec::new();
    let mut queue = std::collections::VecDeque::from([Some(0usize)]);
    while let Some(node) = queue.pop_front() {
        match node {
            Some(i) => {
                out.push(Some(keys[i]));
                queue.push_back(kids[i][0]);
                queue.push_back(kids[i][1]);
            }
            None => out.push(None),
        }
    }
    while out.last() == Some(&None) {
        out.pop();
    }
    (out, height)
}

/// A random BST of 100,000 values (about 45 levels) and 100,000 queries: a search of the whole
/// tree per query (ignoring the ordering) does 10^10 steps. Half the queries are random pairs,
/// half pairs of values in the deepest levels, whose answer lies far down.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let keys = distinct_ints(rng, n, -1_000_000_000, 1_000_000_000);
    let (tree, height) = bst_level_order(&keys);
    assert!(height <= 100, "the generated tree is {height} levels deep");
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    let mut queries = Vec::with_capacity(n);
    for i in 0..n {
        let a = keys[rng.usize(..n)];
        let b = if i % 2 == 0 {
            keys[rng.usize(..n)]
        } else {
            // A near neighbour in sorted order: the two often share a deep ancestor.
            let j = sorted.binary_search(&a).unwrap_or(0);
            sorted[(j + rng.usize(0..3)).min(n - 1)]
        };
        queries.push(vec![a, b]);
    }
    vec![Input::Args(vec![tree_value(&tree), queries.into_value()])]
}
