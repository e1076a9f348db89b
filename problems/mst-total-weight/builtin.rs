//! Cheapest Fibre Network: the reference's binding and the large cases.

use crate::support::*;

function!(min_network_cost(n: i64, links: Vec<Vec<i64>>) -> i64);

/// A path of 100,000 offices whose links get cheaper along it, plus 100,000 dearer random
/// links: searching the chosen links before adding each one walks a path of up to `n` offices
/// every time. Then 200,000 random links over 100,000 offices (connected through a random
/// spanning tree), and a network with one office cut off.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000_i64;
    let mut path: Vec<Vec<i64>> = (1..n).map(|i| vec![i, i - 1, n - i]).collect();
    for _ in 0..100_000 {
        let (a, b) = (rng.i64(0..n), rng.i64(0..n));
        path.push(vec![a, b, rng.i64(n..=1_000_000_000)]);
    }
    let mut random: Vec<Vec<i64>> = (1..n)
        .map(|i| vec![rng.i64(0..i), i, rng.i64(0..=1_000_000_000)])
        .collect();
    for _ in 0..100_001 {
        let (a, b) = (rng.i64(0..n), rng.i64(0..n));
        random.push(vec![a, b, rng.i64(0..=1_000_000_000)]);
    }
    rng.shuffle(&mut random);
    let cut: Vec<Vec<i64>> = random
        .iter()
        .filter(|l| l[0] != 0 && l[1] != 0)
        .cloned()
        .collect();
    vec![args![n, path], args![n, random], args![n, cut]]
}
