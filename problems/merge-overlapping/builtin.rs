//! Combine Maintenance Windows: the reference's binding and the large cases.

use crate::support::*;

function!(merge_overlapping(windows: Vec<Vec<i64>>) -> Vec<Vec<i64>>);

/// 200,000 windows, where comparing each window with every combined one is billions of steps:
/// short windows spread over the whole range (almost none meet, so the combined list keeps
/// growing), and windows of up to 20,000 moments packed so that they chain into a few thousand
/// combined windows.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let sparse: Vec<Vec<i64>> = (0..n)
        .map(|_| {
            let s = rng.i64(-1_000_000_000..=999_990_000);
            vec![s, s + rng.i64(0..=1_000)]
        })
        .collect();
    let dense: Vec<Vec<i64>> = (0..n)
        .map(|_| {
            let s = rng.i64(-1_000_000_000..=999_980_000);
            vec![s, s + rng.i64(0..=20_000)]
        })
        .collect();
    vec![args![sparse], args![dense]]
}
