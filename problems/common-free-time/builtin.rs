//! A Slot Everyone Can Make: the reference's binding and the large cases.

use crate::support::*;

function!(common_free_time(schedules: Vec<Vec<i64>>) -> Vec<Vec<i64>>);

/// `members` calendars of `each` sorted, non-overlapping intervals within `0..=hi`, as flat rows.
fn calendars(rng: &mut Rng, members: usize, each: usize, hi: i64) -> Vec<Vec<i64>> {
    (0..members)
        .map(|_| {
            let mut p = distinct_ints(rng, 2 * each, 0, hi);
            p.sort_unstable();
            p
        })
        .collect()
}

/// 200,000 intervals in each case, where testing every gap against every interval is 10^10
/// steps: 10,000 members with 20 short meetings each over the whole range (many gaps), two
/// members with 100,000 each, and 200,000 members with one interval each.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let spread: Vec<Vec<i64>> = (0..10_000)
        .map(|_| {
            let mut starts = distinct_ints(rng, 20, 0, 999_000_000);
            starts.sort_unstable();
            // Shifting the i-th start by 1,000 * i leaves room for meetings of up to 1,000.
            let mut out = Vec::with_capacity(40);
            for (i, s) in starts.into_iter().enumerate() {
                let s = s + 1_000 * i as i64;
                out.extend([s, s + rng.i64(1..=1_000)]);
            }
            out
        })
        .collect();
    vec![
        args![spread],
        args![calendars(rng, 2, 100_000, 1_000_000_000)],
        args![calendars(rng, 200_000, 1, 1_000_000_000)],
    ]
}
