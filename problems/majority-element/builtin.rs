//! Majority Value: the reference's binding and the large cases.

use crate::support::*;

function!(majority_element(nums: Vec<i64>) -> i64);

/// 200,000 ballots shaped so that counting each ballot's value in turn recounts the whole array
/// tens of thousands of times before it meets the winner: every other value first, then the
/// winner's ballots; and the slimmest margin, 80,000 losing ballots in front and the rest of
/// them shuffled in with the winner's.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let losing = n / 2 - 1;
    let mut last = distinct_ints(rng, losing, -1_000_000_000, 999_999_999);
    last.extend(std::iter::repeat_n(1_000_000_000, n - losing));

    let values = distinct_ints(rng, 7, -999_999_999, 1_000_000_000);
    let mut slim: Vec<i64> = (0..losing)
        .map(|_| values[rng.usize(..values.len())])
        .collect();
    slim.extend(std::iter::repeat_n(-1_000_000_000, n - losing));
    rng.shuffle(&mut slim[80_000..]);
    vec![args![last], args![slim]]
}
