//! Most Frequent Error Codes: the reference's binding and the large cases.

use crate::support::*;

function!(top_k_frequent(nums: Vec<i64>, k: i64) -> Vec<i64>);

/// 200,000 codes with about 80,000 distinct ones and `k` of 40,000, so scanning every code for
/// each of the `k` answers is billions of steps; then 200,000 codes where each of 100,000 values
/// occurs twice, so every count ties and only the values order the answer.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let pool = distinct_ints(rng, 80_000, -1_000_000_000, 1_000_000_000);
    // Skewed: low positions of the pool come up far more often.
    let skewed: Vec<i64> = (0..n)
        .map(|_| {
            let a = rng.usize(..pool.len());
            let b = rng.usize(..pool.len());
            pool[a.min(b)]
        })
        .collect();
    let mut pairs: Vec<i64> = distinct_ints(rng, n / 2, -1_000_000_000, 1_000_000_000);
    pairs.extend(pairs.clone());
    rng.shuffle(&mut pairs);
    vec![args![skewed, 40_000_i64], args![pairs, 50_000_i64]]
}
