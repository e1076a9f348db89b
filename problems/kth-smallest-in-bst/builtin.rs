//! K-th Fastest Response in the Latency Index: the reference's binding and the large cases.

use crate::support::*;

function!(kth_smallest(root: Option<Box<TreeNode>>, k: i64) -> i64);

/// The binary search tree made by inserting `keys` in order, in level order.
fn bst(keys: &[i64]) -> Vec<Option<i64>> {
    let mut kids: Vec<[Option<usize>; 2]> = vec![[None, None]; keys.len()];
    for i in 1..keys.len() {
        let mut at = 0;
        loop {
            let side = usize::from(keys[i] > keys[at]);
            if let Some(next) = kids[at][side] {
                at = next;
            } else {
                kids[at][side] = Some(i);
                break;
            }
        }
    }
    let mut out = Vec::new();
    let mut queue = std::collections::VecDeque::from([Some(0)]);
    while let Some(slot) = queue.pop_front() {
        match slot {
            Some(i) => {
                out.push(Some(keys[i]));
                queue.extend(kids[i]);
            }
            None => out.push(None),
        }
    }
    while out.last() == Some(&None) {
        out.pop();
    }
    out
}

/// A path of `vals.len()` nodes leaning left, in level order.
fn left_path(vals: &[i64]) -> Vec<Option<i64>> {
    let mut out = vec![Some(vals[0])];
    for &v in &vals[1..] {
        out.push(Some(v));
        out.push(None);
    }
    out.pop();
    out
}

/// An increasing right path of 100,000 nodes asking for its last value, a decreasing left path
/// asking for its last value in order (the root), and a random search tree of 100,000 nodes.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let up: Vec<i64> = (0..n as i64).map(|i| i * 20_000 - 999_990_000).collect();
    let down: Vec<i64> = up.iter().rev().copied().collect();
    let random = distinct_ints(rng, n, -1_000_000_000, 1_000_000_000);
    let k = rng.i64(1..=n as i64);
    vec![
        Input::Args(vec![tree_value(&deep_tree(n, &up)), Value::Int(n as i64)]),
        Input::Args(vec![tree_value(&left_path(&down)), Value::Int(n as i64)]),
        Input::Args(vec![tree_value(&bst(&random)), Value::Int(k)]),
    ]
}
