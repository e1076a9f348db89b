//! Print Shop Cool-Down: the reference's binding and the large cases.

use crate::support::*;

function!(cooldown_schedule(jobs: String, gap: i64) -> i64);

/// 100,000 jobs, where simulating every time unit takes millions of steps: a random mix of all 26
/// kinds with a gap of 1,000 (first: the naive meets it first), and one kind only with a gap of 100.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let single = "Q".repeat(n);
    let mixed = string(rng, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    vec![args![mixed, 1_000_i64], args![single, 100_i64]]
}
