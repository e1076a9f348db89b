//! Course Order: the reference's binding and the large cases.

use crate::support::*;

function!(course_order(n: i64, prereqs: Vec<Vec<i64>>) -> Vec<i64>);

/// 100,000 courses chained from the highest number down to 0, with 100,000 more pairs that agree
/// with the chain: a scan from course 0 for the next ready course walks almost every course each
/// step. The same chain closed into a cycle at its end. Then a random layered plan of 200,000
/// pairs under a shuffled numbering, where the heap holds many courses at once.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n: i64 = 100_000;
    // Position p in the chain is course n - 1 - p.
    let mut chain: Vec<Vec<i64>> = (1..n).map(|p| vec![n - p, n - 1 - p]).collect();
    for _ in 0..100_000 {
        let p = rng.i64(0..n - 1);
        let q = rng.i64(p + 1..n);
        chain.push(vec![n - 1 - p, n - 1 - q]);
    }
    rng.shuffle(&mut chain);
    let mut cyclic = chain.clone();
    cyclic.push(vec![0, 1]);
    let mut label: Vec<i64> = (0..n).collect();
    rng.shuffle(&mut label);
    let dag: Vec<Vec<i64>> = (0..200_000)
        .map(|_| {
            let a = rng.usize(0..label.len() - 1);
            let b = rng.usize(a + 1..label.len());
            vec![label[a], label[b]]
        })
        .collect();
    vec![args![n, chain], args![n, cyclic], args![n, dag]]
}
