//! Ascending Cursor Over a Key Tree: the reference's binding and the large cases.

use crate::support::*;

class!(SortedCursor {
    new(root: Option<Box<TreeNode>>);
    next() -> i64;
    has_next() -> bool;
});

/// The binary search tree made by inserting `vals` (distinct) in order.
fn bst(vals: &[i64]) -> Vec<Option<i64>> {
    let mut kids: Vec<[Option<usize>; 2]> = Vec::with_capacity(vals.len());
    for (i, &v) in vals.iter().enumerate() {
        kids.push([None, None]);
        if i == 0 {
            continue;
        }
        let mut cur = 0;
        loop {
            let side = usize::from(v > vals[cur]);
            if let Some(next) = kids[cur][side] {
                cur = next;
            } else {
                kids[cur][side] = Some(i);
                break;
            }
        }
    }
    level_order_of(&kids, vals)
}

/// Drains the cursor, asking `has_next` before every `next` and once at the end.
fn drain(tree: &[Option<i64>]) -> Input {
    let n = tree.iter().filter(|v| v.is_some()).count();
    let call = |method: &str| Call {
        method: method.into(),
        args: vec![],
    };
    let mut calls = vec![Call {
        method: "SortedCursor".into(),
        args: vec![tree_value(tree)],
    }];
    for _ in 0..n {
        calls.push(call("has_next"));
        calls.push(call("next"));
    }
    calls.push(call("has_next"));
    Input::Calls(calls)
}

/// A path of 100,000 nodes leaning right (ascending keys): searching from the root for each next
/// key walks 5 * 10^9 nodes in all. Then 100,000 random keys inserted in random order, and a path
/// of 100,000 nodes leaning left, where the whole path is stacked before the first key.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let rising: Vec<i64> = (0..n as i64).map(|i| i * 20_000 - 1_000_000_000).collect();
    let random = distinct_ints(rng, n, -1_000_000_000, 1_000_000_000);
    // Node i's left child is node i + 1, with a smaller key.
    let left: Vec<[Option<usize>; 2]> = (0..n)
        .map(|i| [(i + 1 < n).then_some(i + 1), None])
        .collect();
    let falling: Vec<i64> = rising.iter().rev().copied().collect();
    vec![
        drain(&deep_tree(n, &rising)),
        drain(&bst(&random)),
        drain(&level_order_of(&left, &falling)),
    ]
}
