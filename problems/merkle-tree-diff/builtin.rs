//! Merkle Tree Diff Between Replicas: the reference's binding and the large cases.

use crate::support::*;

function!(merkle_diff(a: Vec<i64>, b: Vec<i64>) -> Vec<Vec<i64>>);

/// Two replicas of 100,000 blocks (padded to 131,072 leaves): one differing in 50 scattered
/// blocks, the other in every block of a range of 20,000.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let a = ints(rng, n, 0, 1_000_000_000);
    let mut few = a.clone();
    for _ in 0..50 {
        let i = rng.usize(..n);
        few[i] = (few[i] + 1 + rng.i64(0..1000)) % 1_000_000_001;
    }
    let mut range = a.clone();
    let start = rng.usize(..n - 20_000);
    for x in &mut range[start..start + 20_000] {
        *x = 1_000_000_000 - *x;
    }
    vec![args![a.clone(), few], args![a, range]]
}
