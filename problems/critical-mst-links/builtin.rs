//! Critical Links: the reference's binding and the large cases.

use crate::support::*;

function!(critical_links(n: i64, links: Vec<Vec<i64>>) -> Vec<i64>);

/// `links` with each one's ends in random order, shuffled.
fn mixed(rng: &mut Rng, mut links: Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    for l in &mut links {
        if rng.bool() {
            l.swap(0, 1);
        }
    }
    rng.shuffle(&mut links);
    links
}

/// 100,000 offices. 200,000 random links with costs from 1 to 1,000 (many ties), connected
/// through a random spanning tree: recomputing the cheapest network without each link is
/// quadratic. The same shape with distinct costs. A path through every office in shuffled order,
/// all at one cost, with 50,000 short detours, so the answer is the path's bridges and the
/// search for them runs 100,000 deep. A random tree whose every link is doubled, half of the
/// copies at the same cost and half dearer.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n: i64 = 100_000;
    let random_shape = |rng: &mut Rng| -> Vec<(i64, i64)> {
        let mut e: Vec<(i64, i64)> = (1..n).map(|i| (rng.i64(0..i), i)).collect();
        e.extend((0..100_001).map(|_| (rng.i64(0..n), rng.i64(0..n))));
        e
    };
    let ties: Vec<Vec<i64>> = random_shape(rng)
        .into_iter()
        .map(|(a, b)| vec![a, b, rng.i64(1..=1_000)])
        .collect();
    let shape = random_shape(rng);
    let mut costs: Vec<i64> = (0..shape.len() as i64)
        .map(|c| c * 5_000 - 500_000_000)
        .collect();
    rng.shuffle(&mut costs);
    let distinct: Vec<Vec<i64>> = shape
        .into_iter()
        .zip(costs)
        .map(|((a, b), c)| vec![a, b, c])
        .collect();
    let mut label: Vec<i64> = (0..n).collect();
    rng.shuffle(&mut label);
    let mut path: Vec<Vec<i64>> = label.windows(2).map(|w| vec![w[0], w[1], 7]).collect();
    for _ in 0..50_000 {
        let p = rng.usize(0..label.len() - 4);
        let q = p + rng.usize(2..=4);
        path.push(vec![label[p], label[q], 7]);
    }
    let mut doubled = Vec::new();
    for i in 1..n {
        let (a, b, c) = (rng.i64(0..i), i, rng.i64(-1_000_000_000..=1_000_000_000));
        doubled.push(vec![a, b, c]);
        let extra = if rng.bool() { c } else { c + 1 };
        doubled.push(vec![a, b, extra]);
    }
    vec![
        args![n, mixed(rng, ties)],
        args![n, mixed(rng, distinct)],
        args![n, mixed(rng, path)],
        args![n, mixed(rng, doubled)],
    ]
}
