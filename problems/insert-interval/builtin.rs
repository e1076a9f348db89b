//! Add a Block to a Busy Calendar: the reference's binding and the large cases.

use crate::support::*;

function!(insert_interval(busy: Vec<Vec<i64>>, block: Vec<i64>) -> Vec<Vec<i64>>);

/// `n` sorted blocks, apart, spread over the whole range.
fn calendar(rng: &mut Rng, n: usize) -> Vec<Vec<i64>> {
    let mut starts = distinct_ints(rng, 2 * n, -1_000_000_000, 1_000_000_000);
    starts.sort_unstable();
    // Consecutive pairs of distinct sorted points: a free minute at least between two blocks.
    starts
        .chunks(2)
        .map(|p| vec![p[0], p[1] - 1])
        .filter(|b| b[0] <= b[1])
        .collect()
}

/// 150,000 blocks: a new block covering the middle half of the range
/// (about half of the blocks combine), and one that falls in a gap near the end.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let wide = calendar(rng, 150_000);
    let narrow = calendar(rng, 150_000);
    // A single free minute just after the fourth block from the end.
    let end = narrow[narrow.len() - 4][1];
    let gap = vec![end + 1, end + 1];
    vec![
        args![wide, vec![-500_000_000_i64, 500_000_000]],
        args![narrow, gap],
    ]
}
