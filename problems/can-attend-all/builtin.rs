//! Meetings Without a Clash: the reference's binding and the large cases.

use crate::support::*;

function!(can_attend_all(meetings: Vec<Vec<i64>>) -> bool);

/// 100,000 meetings that never overlap (some back to back), shuffled, so a check of every pair
/// must look at 5 * 10^9 pairs; then the same day with one clash hidden among them.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let mut meetings = Vec::with_capacity(n);
    let mut t = 0;
    for _ in 0..n {
        t += rng.i64(0..=2000);
        let end = t + rng.i64(1..=2000);
        meetings.push(vec![t, end]);
        t = end;
    }
    rng.shuffle(&mut meetings);
    let free = meetings.clone();
    // A meeting that starts one unit before another one ends, in place of a third.
    let k = rng.usize(..n);
    let j = (k + 1 + rng.usize(..n - 1)) % n;
    let end = meetings[k][1];
    meetings[j] = vec![end - 1, end + 1];
    vec![args![free], args![meetings]]
}
