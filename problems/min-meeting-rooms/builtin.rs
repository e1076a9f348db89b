//! Rooms for an Interview Day: the reference's binding and the large cases.

use crate::support::*;

function!(min_meeting_rooms(interviews: Vec<Vec<i64>>) -> i64);

/// 200,000 interviews, where scanning the open rooms for each one is billions of steps: long
/// interviews that all run at minute 500,000,000 (as many rooms as interviews), and random
/// interviews whose lengths make tens of thousands of them overlap.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let all_at_once: Vec<Vec<i64>> = (0..n)
        .map(|_| {
            vec![
                rng.i64(0..500_000_000),
                rng.i64(500_000_001..=1_000_000_000),
            ]
        })
        .collect();
    let random: Vec<Vec<i64>> = (0..n)
        .map(|_| {
            let s = rng.i64(0..900_000_000);
            vec![s, s + rng.i64(1..=100_000_000)]
        })
        .collect();
    vec![args![all_at_once], args![random]]
}
