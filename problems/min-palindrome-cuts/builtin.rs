//! Fewest Cuts Into Mirror Blocks: the reference's binding and the large cases.

use crate::support::*;

function!(min_cuts(stream: String) -> i64);

/// Streams of 2,000 letters, where checking every candidate last block letter by letter takes
/// about 7 * 10^8 steps: one repeated letter (every substring is a palindrome, answer 0), two
/// random letters, alternating letters with one break in the middle, and 26 random letters
/// (almost every letter its own block).
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 2_000;
    let alternating = format!("{}c{}", "ab".repeat(600), "ba".repeat(399));
    vec![
        args!["a".repeat(n)],
        args![string(rng, n, "ab")],
        args![alternating],
        args![string(rng, n, "abcdefghijklmnopqrstuvwxyz")],
    ]
}
