//! Largest Banner on a Skyline: the reference's binding and the large cases.

use crate::support::*;

function!(largest_rectangle(heights: Vec<i64>) -> i64);

/// 200,000 buildings, where trying every range of buildings takes 2 * 10^10 steps: rising
/// heights (every building stays on the stack until the end), all at the maximum height (an area
/// of 2 * 10^14), and random heights.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n: i64 = 200_000;
    let rising: Vec<i64> = (1..=n).map(|i| i * 5_000).collect();
    vec![
        args![rising],
        args![vec![1_000_000_000_i64; 200_000]],
        args![ints(rng, 200_000, 0, 1_000_000_000)],
    ]
}
