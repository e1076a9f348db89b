//! Peak Concurrent Viewers: the reference's binding and the large cases.

use crate::support::*;

function!(max_overlap(sessions: Vec<Vec<i64>>) -> i64);

/// 200,000 sessions, where counting the sessions around every start is 4 * 10^10 comparisons:
/// random sessions over the whole range, and sessions in 2,000 slots of 1,000 seconds, many of
/// which end exactly where the next slot starts.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let random: Vec<Vec<i64>> = (0..n)
        .map(|_| {
            let a = rng.i64(-1_000_000_000..=1_000_000_000);
            let b = rng.i64(-1_000_000_000..=1_000_000_000);
            vec![a.min(b), a.max(b)]
        })
        .collect();
    let mut touching: Vec<Vec<i64>> = (0..n)
        .map(|_| {
            let k = rng.i64(-1_000..1_000) * 1_000;
            vec![k, k + rng.i64(0..=1_000)]
        })
        .collect();
    rng.shuffle(&mut touching);
    vec![args![random], args![touching]]
}
