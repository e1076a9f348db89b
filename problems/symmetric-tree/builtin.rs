//! Mirror-Image Family Tree: the reference's binding and the large cases.

use crate::support::*;

type Kids = Vec<[Option<usize>; 2]>;

/// The level-order form of the tree rooted at node 0.
fn encode(kids: &Kids, vals: &[i64]) -> Vec<Option<i64>> {
    let mut out = Vec::new();
    let mut queue = std::collections::VecDeque::from([Some(0_usize)]);
    while let Some(node) = queue.pop_front() {
        match node {
            Some(i) => {
                out.push(Some(vals[i]));
                queue.push_back(kids[i][0]);
                queue.push_back(kids[i][1]);
            }
            None => out.push(None),
        }
    }
    while out.last() == Some(&None) {
        out.pop();
    }
    out
}

/// A root whose left subtree is the tree `kids`/`vals` (rooted at its node 0) and whose right
/// subtree is that tree's mirror image.
fn with_mirror(root: i64, kids: &Kids, vals: &[i64]) -> (Kids, Vec<i64>) {
    let n = kids.len();
    let mut all: Kids = vec![[Some(1), Some(n + 1)]];
    all.extend(
        kids.iter()
            .map(|[l, r]| [l.map(|c| c + 1), r.map(|c| c + 1)]),
    );
    all.extend(
        kids.iter()
            .map(|[l, r]| [r.map(|c| c + n + 1), l.map(|c| c + n + 1)]),
    );
    let mut all_vals = vec![root];
    all_vals.extend_from_slice(vals);
    all_vals.extend_from_slice(vals);
    (all, all_vals)
}

function!(is_symmetric(root: Option<Box<TreeNode>>) -> bool);

/// Two paths of 49,999 nodes mirroring each other (symmetric), where walking the tree once per
/// level is 5 * 10^9 steps; and a random tree of 49,999 nodes beside its mirror image, with the
/// value of the mirror's last node changed (not symmetric).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 49_999;
    let vals = ints(rng, n, -1_000_000_000, 1_000_000_000);
    let path: Kids = (0..n)
        .map(|i| [(i + 1 < n).then_some(i + 1), None])
        .collect();
    let (kids, all) = with_mirror(7, &path, &vals);
    let deep = encode(&kids, &all);
    // A random shape: each new node takes a random free child slot.
    let mut shape: Kids = vec![[None, None]; n];
    let mut slots = vec![(0, 0), (0, 1)];
    for i in 1..n {
        let (parent, side) = slots.swap_remove(rng.usize(..slots.len()));
        shape[parent][side] = Some(i);
        slots.push((i, 0));
        slots.push((i, 1));
    }
    let (kids, mut all) = with_mirror(-7, &shape, &vals);
    let last = all.len() - 1;
    all[last] = if all[last] == 0 { 1 } else { -all[last] };
    vec![
        Input::Args(vec![tree_value(&deep)]),
        Input::Args(vec![tree_value(&encode(&kids, &all))]),
    ]
}
