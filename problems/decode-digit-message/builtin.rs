//! Reading a Run-Together Pager Code: the reference's binding and the large cases.

use crate::support::*;

function!(count_decodings(digits: String) -> i64);

/// A code of `n` digits made of random letter codes 1 to 26, so that it has many readings.
fn letters(rng: &mut Rng, n: usize) -> String {
    let mut s = String::with_capacity(n + 2);
    while s.len() < n {
        s.push_str(&rng.u8(1..=26).to_string());
    }
    // Cutting a two-digit code leaves its first digit, a `1` or `2`, which is still readable.
    s.truncate(n);
    s
}

/// The longest codes, 100,000 digits: all ones (every split is a reading, so trying them one
/// by one takes a Fibonacci number of calls), random letter codes, and random letter codes
/// ending in `30`, which has no reading.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let n = 100_000;
    let ones = "1".repeat(n);
    let mixed = letters(rng, n);
    let mut dead = letters(rng, n - 2);
    dead.push_str("30");
    vec![args![ones], args![mixed], args![dead]]
}
