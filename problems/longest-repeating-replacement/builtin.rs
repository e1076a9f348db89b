//! Longest One-Colour Fence After Repaints: the reference's binding and the large cases.

use crate::support::*;

function!(longest_uniform(s: String, k: i64) -> i64);

/// 200,000 planks with a budget large enough that the best stretch is tens of thousands of
/// planks long, so restarting from every plank scans billions of planks: two colours with
/// 50,000 repaints, and all 26 colours with 40,000 repaints.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 200_000;
    let two = string(rng, n, "AB");
    let all = string(rng, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    vec![args![two, 50_000_i64], args![all, 40_000_i64]]
}
