//! Sharing a Manuscript Among Proofreaders: the reference's binding and the large cases.

use crate::support::*;

function!(min_largest_part(pages: Vec<i64>, readers: i64) -> i64);

/// 50,000 chapters: a table over (chapters, readers) with every split point tried is hundreds
/// of billions of steps. Random lengths over 100 readers, over 2 readers, and over 50,000
/// readers (a chapter each: the answer is the longest chapter), then equal chapters with
/// zero-length ones mixed in, over 7 readers.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 50_000;
    let mut mixed = vec![10_000_i64; n];
    for _ in 0..n / 4 {
        mixed[rng.usize(..n)] = 0;
    }
    vec![
        args![ints(rng, n, 0, 10_000), 100_i64],
        args![ints(rng, n, 0, 10_000), 2_i64],
        args![ints(rng, n, 0, 10_000), n as i64],
        args![mixed, 7_i64],
    ]
}
