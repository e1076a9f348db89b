//! Redundant Link: the reference's binding and the large cases.

use crate::support::*;

function!(redundant_link(edges: Vec<Vec<i64>>) -> Vec<i64>);

/// The edges of a random tree on `n` nodes (each node joined to an earlier one under a shuffled
/// numbering), in random order and orientation.
fn random_tree(rng: &mut Rng, n: usize) -> Vec<Vec<i64>> {
    let mut label: Vec<i64> = (0..n as i64).collect();
    rng.shuffle(&mut label);
    let mut edges: Vec<Vec<i64>> = (1..n)
        .map(|i| {
            let (a, b) = (label[i], label[rng.usize(..i)]);
            if rng.bool() { vec![a, b] } else { vec![b, a] }
        })
        .collect();
    rng.shuffle(&mut edges);
    edges
}

/// 100,000 switches. A network grown one switch at a time, each cable listed from the existing
/// network to the new switch, with the extra cable last: a search over the cables added so far,
/// before each cable, is quadratic. A path through every switch in shuffled order, closed into
/// one long cycle by a cable in the middle of the list. A random tree in random order whose
/// extra cable comes early, after which the remaining cables still have to be read.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let mut label: Vec<i64> = (0..n as i64).collect();
    rng.shuffle(&mut label);
    let mut late: Vec<Vec<i64>> = (1..n)
        .map(|i| vec![label[rng.usize(..i)], label[i]])
        .collect();
    let (a, b) = (rng.i64(0..n as i64), rng.i64(0..n as i64));
    late.push(vec![a, b]);
    let mut order: Vec<i64> = (0..n as i64).collect();
    rng.shuffle(&mut order);
    let mut ring: Vec<Vec<i64>> = order.windows(2).map(|w| vec![w[0], w[1]]).collect();
    rng.shuffle(&mut ring);
    ring.insert(n / 2, vec![order[n - 1], order[0]]);
    let mut early = random_tree(rng, n);
    let (a, b) = (rng.i64(0..n as i64), rng.i64(0..n as i64));
    early.insert(10, vec![a, b]);
    vec![args![late], args![ring], args![early]]
}
